/**
 * Country packs: what a country offers people far from employment, as data a partner can read and add to.
 *
 * <p>A {@link eu.projectresolution.mobilisation.countrypack.CountryPack} names a country's public employment
 * service and its mainstream schemes (France Travail, the Missions Locales, Cap emploi, the PLIE and the IAE
 * in France; the SEPE and the regional employment services in Spain; the Centri per l'Impiego, the Assegno
 * di Inclusione and the GOL programme in Italy; VDAB, Le Forem and Actiris in Belgium), each with the kind
 * of partner running it and the kinds of help it offers, and the country's own designations of territory
 * (the French QPV, the Spanish municipalities at risk of depopulation, the Italian inner areas), each with
 * the engine's {@link eu.projectresolution.mobilisation.programme.TerritoryType}. Identifiers are
 * language-neutral codes; names are proper nouns, written as the country writes them.
 *
 * <p>Packs are JSON files following {@code country-pack.schema.json}, shipped next to these classes
 * ({@code fr.json}, {@code es.json}, {@code it.json}, {@code be.json}) and found by their id:
 * {@link eu.projectresolution.mobilisation.countrypack.CountryPacks#standard()} reads
 * {@code eu/projectresolution/mobilisation/countrypack/<id>.json} from the classpath, so a partner adds a
 * country by putting its own file there, without Java. A transfer context names its pack
 * ({@code "countryPack": "es"}) and the transferability assessment uses it.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.countrypack;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
