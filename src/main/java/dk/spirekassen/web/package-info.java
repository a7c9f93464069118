/**
 * The shared web layer: page layout, home page, error pages, locale and security configuration.
 */
package dk.spirekassen.web;
