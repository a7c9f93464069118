/**
 * Demo data for the embedded default: the association, its members, partners, a login for each role, projects and
 * development days; and, for benchmarks only, synthetic data at national scale.
 */
package dk.spirekassen.demo;
