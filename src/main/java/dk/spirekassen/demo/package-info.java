/**
 * Demo data for the embedded default: the association, its members, partners and a login for each role.
 */
package dk.spirekassen.demo;
