/**
 * The document-checking kit: how the engine reads the JSON documents partners write and exchange (practice
 * sheets, transfer rule files, transfer context files) and tells them every mistake at once.
 *
 * <p>A host meets three types of it:
 *
 * <ul>
 *   <li>{@link eu.projectresolution.mobilisation.document.DocumentProblem}: one mistake, with its JSON path
 *       ({@code $.initiative.period.end}), a stable {@link eu.projectresolution.mobilisation.document.ProblemCode}
 *       and a message saying what to fix, worded the same way whatever the document;
 *   <li>{@link eu.projectresolution.mobilisation.document.InvalidDocument}: the exception carrying every problem of
 *       a document that could not be accepted ({@link eu.projectresolution.mobilisation.practice.InvalidPracticeSheet},
 *       {@link eu.projectresolution.mobilisation.transfer.InvalidTransferFile});
 *   <li>{@link eu.projectresolution.mobilisation.document.DocumentReading}: a document's value, or its problems.
 * </ul>
 *
 * <p>Behind them, a {@link eu.projectresolution.mobilisation.document.DocumentChecker} states each rule once. The
 * structure of a document (its fields, their types, the known values, codes, lengths, days that exist) is its JSON
 * Schema, shipped in core's resources for partners' own tools and interpreted here; the checker refuses a schema it
 * could not interpret in full. What a schema cannot state is a named {@link
 * eu.projectresolution.mobilisation.document.DocumentRule} (a period in order, ids that are unique, references
 * that resolve); what a pattern means, and what the engine adds to it, is a {@link
 * eu.projectresolution.mobilisation.document.TextPattern}; a rule between fields that the schema states gets its
 * code and words from a named {@link eu.projectresolution.mobilisation.document.SchemaRule}. The kit knows no
 * document: the practice and transfer packages name their rules. {@code docs/practice-sheets.md} and {@code
 * docs/transferability.md} list them.
 */
package eu.projectresolution.mobilisation.document;
