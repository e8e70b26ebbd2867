/** The JSON mapping of the engine's values: {@link eu.projectresolution.mobilisation.json.MobilisationJson}. */
package eu.projectresolution.mobilisation.json;
