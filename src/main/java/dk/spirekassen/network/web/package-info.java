/**
 * The network page.
 */
package dk.spirekassen.network.web;
