/**
 * The network of organisations and partners who work together in projects and development-day groups, measured in
 * the background and shown as a drawing and a table.
 */
package dk.spirekassen.network;
