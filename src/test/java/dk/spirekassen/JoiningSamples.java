package dk.spirekassen;

import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.joining.Joining;
import dk.spirekassen.joining.StaffAccess;
import dk.spirekassen.joining.Team;
import dk.spirekassen.mail.Mailer;

/** Applications to become a partner, at each step, and the links mailed to their applicants. */
public final class JoiningSamples {

	public static final String BASE_URL = "http://localhost";

	public static final String PASSWORD = "en-lang-adgangskode";

	private final ApplicationContext context;

	public JoiningSamples(ApplicationContext context) {
		this.context = context;
	}

	/** A profile for a new partner with a name nobody else has. */
	public static PartnerDetails profile(String name) {
		return new PartnerDetails(PartnerKind.ADVISOR, name, "Vi rådgiver om fællesskaber.", null, null, null, null,
				null, null, EnumSet.of(Offer.KNOWLEDGE), EnumSet.of(Region.HOVEDSTADEN), Set.of());
	}

	/** An address nobody has used. */
	public static String newEmail() {
		return "ansoeger-" + System.nanoTime() + "@example.dk";
	}

	/** A new application, not yet confirmed, from {@code email}. */
	public long applied(String email) {
		return joining().apply(new Joining.Applicant("Prøveansøger", email, PASSWORD),
				profile("Prøvepartner " + email), BASE_URL, Locale.ROOT).orElseThrow();
	}

	/** The token of the link that confirms a new application. */
	public String confirmToken() {
		var email = newEmail();
		applied(email);
		return linkMailedTo(email, "/bliv-partner/bekraeft");
	}

	/** A confirmed application, waiting for the secretariat. */
	public long waiting() {
		var email = newEmail();
		long id = applied(email);
		joining().confirm(linkMailedTo(email, "/bliv-partner/bekraeft"), BASE_URL);
		return id;
	}

	/** The token of the link to answer a question the secretariat asked about a new application. */
	public String questionToken() {
		var email = newEmail();
		long id = applied(email);
		joining().confirm(linkMailedTo(email, "/bliv-partner/bekraeft"), BASE_URL);
		joining().askForMore(id, "Hvilke projekter har I været med i?", BASE_URL);
		return linkMailedTo(email, "/bliv-partner/svar");
	}

	/** The token of the link that confirms a new request to join {@code organisation} as staff. */
	public String staffConfirmToken(long organisation) {
		var email = newEmail();
		context.getBean(StaffAccess.class)
			.request(new Joining.Applicant("Prøvemedarbejder", email, PASSWORD), new Team.Organisation(organisation),
					BASE_URL, Locale.ROOT);
		return linkMailedTo(email, "/adgang/bekraeft");
	}

	/** A confirmed request to join {@code organisation} as staff, waiting for its decision. */
	public long staffWaiting(long organisation) {
		return waiting(new Team.Organisation(organisation));
	}

	/** A confirmed request to join {@code partner} as one of its people, waiting for its decision. */
	public long partnerPersonWaiting(long partner) {
		return waiting(new Team.Partner(partner));
	}

	private long waiting(Team team) {
		var email = newEmail();
		var staff = context.getBean(StaffAccess.class);
		staff.request(new Joining.Applicant("Prøvemedarbejder", email, PASSWORD), team, BASE_URL, Locale.ROOT);
		staff.confirm(linkMailedTo(email, "/adgang/bekraeft"), BASE_URL);
		var waiting = staff.waiting(team);
		return waiting.get(waiting.size() - 1).id();
	}

	/** The token of the newest link to {@code path} mailed to {@code email}. */
	public String linkMailedTo(String email, String path) {
		var link = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)");
		return context.getBean(Mailer.class)
			.outbox(PageRequest.of(0, 200))
			.stream()
			.filter(mail -> mail.getRecipient().equals(email))
			.map(mail -> link.matcher(mail.getBody()))
			.filter(java.util.regex.Matcher::find)
			.map(matcher -> matcher.group(1))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no link to " + path + " mailed to " + email));
	}

	private Joining joining() {
		return context.getBean(Joining.class);
	}
}
