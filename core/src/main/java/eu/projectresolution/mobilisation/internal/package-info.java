/**
 * Helpers that are public only for technical reasons (the Immutables style, shared checks).
 * Not API: anything here may change in any release.
 */
package eu.projectresolution.mobilisation.internal;
