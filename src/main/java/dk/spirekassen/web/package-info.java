/**
 * The shared web layer: page layout, home page, error pages, locale and security configuration, and the database's
 * health for readiness.
 */
package dk.spirekassen.web;
