/**
 * The DCAT-AP-SE catalogue of the site's datasets, which the Swedish data portal harvests:
 * {@link se.kvarter.feeds.dcat.DcatCatalog} builds the graph with RDF4J,
 * {@link se.kvarter.feeds.dcat.DcatFiles} writes it as {@code dcat.rdf} (RDF/XML) and as
 * {@code dcat.jsonld} (compact JSON-LD, {@link se.kvarter.feeds.dcat.CompactJsonLd}). Uses
 * {@code feeds}' shared parts ({@code Datasets}, {@code Urls}, {@code Licences}), {@code model}
 * and {@code output}; no other format.
 */
package se.kvarter.feeds.dcat;
