/**
 * The directory of who is who: organisations, departments, partners, people, themes and membership coverage.
 */
package dk.spirekassen.actors;
