/**
 * News: the secretariat's news for everyone and the updates a project's lead and owner write on their project,
 * with who may read them, the news page and its Atom feed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "News")
package dk.spirekassen.news;
