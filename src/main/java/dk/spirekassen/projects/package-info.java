/**
 * The incubator: how an idea becomes a project owned by a member organisation, finds partners and money, measures
 * its value on the social, climate and economic bottom lines and leaves results and lessons for others.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package dk.spirekassen.projects;
