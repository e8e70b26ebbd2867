package eu.projectresolution.mobilisation.practice;

/** How far a practice reaches ("couverture géographique"). SIPA's coverage was local. */
public enum GeographicCoverage {
  LOCAL,
  REGIONAL,
  NATIONAL,
  EUROPEAN
}
