/**
 * The storage ports: interfaces named as collections of business things ({@link
 * eu.projectresolution.mobilisation.port.Programmes}, {@link eu.projectresolution.mobilisation.port.Pathways},
 * {@link eu.projectresolution.mobilisation.port.Beneficiaries}, {@link
 * eu.projectresolution.mobilisation.port.PersonalData}...) and the values they exchange.
 *
 * <p>Every method takes the {@link eu.projectresolution.mobilisation.TenantId} first: a tenant never
 * reads or changes another tenant's records. Adapters ship in-memory (core's {@code inmemory} package)
 * and on JDBC (module {@code mobilisation-persistence-jdbc}); a partner can write its own, and proves it
 * by extending the contract suites published in core's test-jar. Adapters throw only
 * {@link eu.projectresolution.mobilisation.MobilisationException}s: no storage-specific exception
 * crosses a port.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
