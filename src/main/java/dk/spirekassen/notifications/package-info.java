/**
 * Notifications people control: the notes on one's dashboard and the mails that go with them, per category and
 * channel as each person chose (off, on the site only, a mail at once, a daily or a weekly digest), the digests with
 * their send log, and one-click unsubscribing (RFC 8058). Other modules tell it what happened and to whom
 * ({@link dk.spirekassen.notifications.Notifier}); it decides what reaches whom and how.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package dk.spirekassen.notifications;
