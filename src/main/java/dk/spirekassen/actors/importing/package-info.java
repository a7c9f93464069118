/**
 * The secretariat's import of organisations and departments from CSV and XLSX files: reading, checking, and
 * writing a checked file in the background once the user confirms.
 */
package dk.spirekassen.actors.importing;
