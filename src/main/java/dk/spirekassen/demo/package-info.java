/**
 * Demo data for the embedded default: the association, its members, partners, a login for each role, projects and
 * development days.
 */
package dk.spirekassen.demo;
