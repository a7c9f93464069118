/**
 * One Danish search over everything the network knows: the index's analysers, its rebuilding and the search page.
 */
package dk.spirekassen.search;
