package eu.projectresolution.mobilisation.programme;

/**
 * The kind of territory a programme, a site or a person's residence lies in. Transferability rules
 * lean on it: what works in a dense priority neighbourhood (door-to-door in building halls) needs an
 * adaptation in a rural area (itinerant reception days, a mobile office).
 */
public enum TerritoryType {
  /** A priority urban neighbourhood ("quartier prioritaire de la politique de la ville", QPV). */
  PRIORITY_URBAN_NEIGHBOURHOOD,
  /** Any other urban area. */
  OTHER_URBAN,
  /** The belt around a town, mixing housing estates and villages. */
  PERI_URBAN,
  /** A rural area, where isolation and distance from public services are the reality. */
  RURAL
}
