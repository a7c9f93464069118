/**
 * Development days: the days by theme and region where members and outside actors meet, with registration that
 * never overbooks, a waitlist in arrival order, check-in, and the ideas and project groups a day gives rise to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Development days")
package dk.spirekassen.devdays;
