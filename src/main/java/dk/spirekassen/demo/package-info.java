/**
 * Demo data for the embedded default: the association, its members, partners, a login for each role and projects.
 */
package dk.spirekassen.demo;
