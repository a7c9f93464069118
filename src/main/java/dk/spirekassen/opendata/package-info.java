/**
 * Open data: the seed fund's grants, the public projects' results, the directory and the development days held, as
 * JSON and CSV under an open licence, each with a JSON Schema, and a page that lists them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data")
package dk.spirekassen.opendata;
