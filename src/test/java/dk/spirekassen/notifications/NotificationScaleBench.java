package dk.spirekassen.notifications;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import dk.spirekassen.SpirekassenApplication;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;

/**
 * The notifications module at national scale, on PostgreSQL: the news fan-out to every login, the same with some
 * logins mailed at once, the weekly digests of every login, and a person's notes read back. Not a test: a main, run
 * by {@code bench/notifications.sh}.
 * <p>
 * Starts the application on the PostgreSQL database of {@code DATABASE_URL} (the postgres profile; a fresh database,
 * which the script makes and drops), without demo data, with the digest job's first run ten days away and the index
 * in a new directory. Its web server listens on a random port of 127.0.0.1 and is never asked: without a web
 * application the sessions' repository, which the accounts module needs, is not configured.
 * <p>
 * It writes one organisation and {@code notifbench.logins} logins (50,000: members of it) in JDBC batches, runs
 * ANALYZE, and then times:
 * <ol>
 * <li>{@link Notifier#notify} of a news post to every login (the ids as {@code NewsNotifications} reads them), in one
 * transaction; everyone on the category's standard channel (WEEKLY: a note each, no mail); three runs;</li>
 * <li>the same with every 50th login (2 %) having chosen INSTANT for news, so those get a mail in the outbox too;
 * three runs (the first also makes their recipient rows);</li>
 * <li>{@link Digests#sendDue} a week and a day ahead, writing a weekly digest for every login; before each further
 * run a news fan-out (untimed here) gives everyone a new note and the clock moves a week on. Up to
 * {@code notifbench.digest-runs} runs (3), fewer when the next would pass {@code notifbench.digest-budget} seconds
 * (900) of digests in all; the first also makes every login's recipient row;</li>
 * <li>{@link Notes#unread} and {@link Notes#newest} of one login given {@code notifbench.notes} notes (5,000, one in
 * ten unread) on top of the fan-outs, and of a login with only the fan-outs' notes: the median and p99 of 1,000 calls
 * each, after 300 calls of warm-up;</li>
 * <li>EXPLAIN (ANALYZE, BUFFERS) of the two queries for the login with many notes: whether the unread count uses
 * {@code notification_unread_idx}.</li>
 * </ol>
 * Prints a markdown table (also written to {@code notifbench.table} when set) and the plans (to
 * {@code notifbench.plans} when set).
 */
public final class NotificationScaleBench {

	private static final int CALLS = 1_000;

	private static final int WARM_UP_CALLS = 300;

	private static final int BATCH = 1_000;

	private NotificationScaleBench() {
	}

	public static void main(String[] args) throws IOException {
		int logins = Integer.getInteger("notifbench.logins", 50_000);
		int notes = Integer.getInteger("notifbench.notes", 5_000);
		int digestRuns = Integer.getInteger("notifbench.digest-runs", 3);
		var digestBudget = Duration.ofSeconds(Integer.getInteger("notifbench.digest-budget", 900));
		var index = Files.createTempDirectory("notifbench-index-");
		var out = new StringBuilder();
		var plans = new StringBuilder();
		try (var context = start(index)) {
			new Bench(context, logins, notes, digestRuns, digestBudget, out, plans).run();
		}
		finally {
			delete(index);
		}
		System.out.println();
		System.out.println(out);
		System.out.println(plans);
		write(System.getProperty("notifbench.table"), out.toString());
		write(System.getProperty("notifbench.plans"), plans.toString());
		System.exit(0);
	}

	private static ConfigurableApplicationContext start(Path index) {
		// As arguments, not default properties: the postgres profile's own file sets the base URL (empty).
		return new SpringApplicationBuilder(SpirekassenApplication.class).profiles("postgres")
			.run("--server.port=0", "--server.address=127.0.0.1", "--spirekassen.base-url=http://127.0.0.1",
					"--spirekassen.demo.enabled=false", "--spirekassen.national-scale.enabled=false",
					// The digest job and the reminders run first ten days after start: never during the bench.
					"--spirekassen.notifications.digest-every=PT240H", "--spirekassen.search.directory=" + index,
					"--spirekassen.search.wait-for-rebuild-on-start=false", "--spirekassen.network.first-check=P1D",
					"--spirekassen.matching.count-every=PT240H");
	}

	private static void write(String file, String text) throws IOException {
		if (file != null && !file.isBlank()) {
			Files.writeString(Path.of(file), text);
		}
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static final class Bench {

		private final JdbcTemplate jdbc;

		private final Notifier notifier;

		private final Digests digests;

		private final Notes notesOf;

		private final AccountManagement accounts;

		private final int logins;

		private final int notes;

		private final int digestRuns;

		private final Duration digestBudget;

		private final StringBuilder out;

		private final StringBuilder plans;

		private int post;

		Bench(ConfigurableApplicationContext context, int logins, int notes, int digestRuns, Duration digestBudget,
				StringBuilder out, StringBuilder plans) {
			this.jdbc = context.getBean(JdbcTemplate.class);
			this.notifier = context.getBean(Notifier.class);
			this.digests = context.getBean(Digests.class);
			this.notesOf = context.getBean(Notes.class);
			this.accounts = context.getBean(AccountManagement.class);
			this.logins = logins;
			this.notes = notes;
			this.digestRuns = digestRuns;
			this.digestBudget = digestBudget;
			this.out = out;
			this.plans = plans;
		}

		void run() {
			out.append("| step | rows per run | run 1 | run 2 | run 3 | rows/s (best run) |\n");
			out.append("|---|---|---|---|---|---|\n");
			long t0 = System.nanoTime();
			List<Long> ids = seed();
			long seedMs = ms(t0);
			t0 = System.nanoTime();
			analyze();
			log("seeded %,d logins in %d ms, ANALYZE %d ms", ids.size(), seedMs, ms(t0));
			row("write the logins (JDBC batches of 1,000)", ids.size() + " accounts", List.of(seedMs), ids.size());

			var loginIdMs = new ArrayList<Long>();
			List<Long> everyone = List.of();
			for (int run = 0; run < 3; run++) {
				t0 = System.nanoTime();
				everyone = accounts.loginIds(EnumSet.allOf(Role.class));
				loginIdMs.add(ms(t0));
			}
			row("`AccountManagement.loginIds` (all roles, as `NewsNotifications` asks)", everyone.size() + " ids",
					loginIdMs, everyone.size());

			// (a) the news fan-out, everyone on the standard channel
			fanOuts("(a) **news fan-out** to all logins, `Notifier.notify`, one transaction (WEEKLY: notes only)",
					everyone);

			// (b) 2 % chose INSTANT for news
			var instant = new ArrayList<Object[]>();
			for (int i = 0; i < ids.size(); i += 50) {
				instant.add(new Object[] { ids.get(i) });
			}
			jdbc.batchUpdate("insert into notification_setting (account_id, category, channel) values (?, 'NEWS', 'INSTANT')",
					instant);
			analyze();
			fanOuts("(b) news fan-out with **2 % INSTANT** (" + instant.size() + " mails to the outbox per run)",
					everyone);
			analyze();

			digests(everyone);
			analyze();
			reads(ids);
		}

		/** Three timed fan-outs of a news post to the logins; the rows are notes plus mails. */
		private void fanOuts(String label, List<Long> everyone) {
			var times = new ArrayList<Long>();
			long rows = 0;
			String perRun = "";
			for (int run = 0; run < 3; run++) {
				long notesBefore = count("notification");
				long mailsBefore = count("outgoing_mail");
				long t0 = System.nanoTime();
				newsTo(everyone);
				long took = ms(t0);
				long written = count("notification") - notesBefore;
				long mailed = count("outgoing_mail") - mailsBefore;
				times.add(took);
				rows = written + mailed;
				perRun = String.format(Locale.ROOT, "%,d notes + %,d mails", written, mailed);
				log("%s run %d: %s in %d ms", label, run + 1, perRun, took);
			}
			row(label, perRun, times, rows);
		}

		private void newsTo(List<Long> everyone) {
			post++;
			notifier.notify(everyone,
					new Notice(NotificationKind.NEWS_POSTED, null, "Nyhed nummer " + post + " fra sekretariatet", null,
							"/nyheder/" + post));
		}

		/** Weekly digests: the first a week and a day from now, each further run a week later after a new post. */
		private void digests(List<Long> everyone) {
			var times = new ArrayList<Long>();
			var cells = new ArrayList<String>();
			var perDigest = new ArrayList<String>();
			double bestRate = 0;
			long spent = 0;
			int written = 0;
			String skipped = "";
			var start = Instant.now();
			for (int run = 0; run < digestRuns; run++) {
				if (run > 0) {
					long last = times.get(times.size() - 1);
					if (spent + last > digestBudget.toMillis()) {
						skipped = String.format(Locale.ROOT, " (runs %d to %d skipped: the next would pass the budget of %d s)",
								run + 1, digestRuns, digestBudget.toSeconds());
						break;
					}
					long t0 = System.nanoTime();
					newsTo(everyone);
					log("a new post for digest run %d: %d ms", run + 1, ms(t0));
					analyze();
				}
				var now = start.plus(Duration.ofDays(8 + 7L * run));
				long mailsBefore = count("outgoing_mail");
				long t0 = System.nanoTime();
				written = digests.sendDue(now);
				long took = ms(t0);
				long mailed = count("outgoing_mail") - mailsBefore;
				spent += took;
				times.add(took);
				cells.add(String.format(Locale.ROOT, "%,d ms (%,d)", took, written));
				bestRate = Math.max(bestRate, written * 1000.0 / Math.max(1, took));
				perDigest.add(String.format(Locale.ROOT, "%.2f", (double) took / Math.max(1, written)));
				log("digest run %d at %s: %,d digests (%,d mails) in %d ms, %.2f ms per digest", run + 1, now, written,
						mailed, took, (double) took / Math.max(1, written));
				if (run == 0) {
					sameWeek(everyone, now);
				}
			}
			out.append("| (c) **weekly digests**, `Digests.sendDue` (a transaction per digest; the first run also makes")
				.append(" every recipient row)").append(skipped).append(" | digests (in brackets) | ")
				.append(String.join(" | ", pad(cells))).append(" | ").append(String.format(Locale.ROOT, "%,.0f", bestRate))
				.append(" |\n");
			out.append("| (c) per digest (ms) | | ").append(String.join(" | ", pad(perDigest))).append(" | |\n");
		}

		/**
		 * The job as it runs every quarter of an hour in the rest of the week after the weekly digests went out: a new
		 * post gave everyone a note that waits for next week, and nobody is due. Three runs, with the plan of the query
		 * that looks for who is due.
		 */
		private void sameWeek(List<Long> everyone, Instant sent) {
			newsTo(everyone);
			analyze();
			var later = sent.plus(Duration.ofMinutes(15));
			var since = digests.slot(Channel.WEEKLY, later);
			var plan = String.join("\n", jdbc.queryForList("""
					explain select distinct account_id from notification where channel = 'WEEKLY' and digest_id is null
					and account_id not in (select account_id from digest where frequency = 'WEEKLY'
					and sent_at >= '%s'::timestamptz)""".formatted(since), String.class)) + "\n";
			plans.append("Who is due for a weekly digest, 15 minutes after the weekly digests (work_mem ")
				.append(jdbc.queryForObject("show work_mem", String.class)).append("):\n\n").append(plan).append("\n");
			var times = new ArrayList<Long>();
			int written = 0;
			for (int run = 0; run < 3; run++) {
				long t0 = System.nanoTime();
				written = digests.sendDue(later.plus(Duration.ofMinutes(run)));
				long took = ms(t0);
				times.add(took);
				log("the job again %d min after the weekly digests: %d digests in %d ms", 15 + run, written, took);
				if (took > 60_000) {
					break;
				}
			}
			String subplan = plan.contains("hashed SubPlan") ? "hashed subplan" : plan.contains("SubPlan") ? "**plain (not hashed) subplan**" : "no subplan";
			row("(c) the job again **15 min after** the weekly digests, after a new post: nobody due (" + written
					+ " digests); the due query's `not in` is a " + subplan, "0 digests", times, 0);
		}

		/** A login given many notes, and one with only the fan-outs': the reads a page makes. */
		private void reads(List<Long> ids) {
			long busy = ids.get(0);
			long typical = ids.get(ids.size() / 2 + 1);
			jdbc.update("""
					insert into notification (id, account_id, kind, category, channel, subject, link, created_at, read_at)
					select nextval('notification_seq'), ?, 'NEWS_POSTED', 'NEWS', 'SITE', 'Note ' || n, '/nyheder/1',
					    now() - n * interval '1 hour', case when n % 10 = 0 then null else now() end
					from generate_series(1, ?) n""", busy, notes);
			analyze();
			long busyNotes = jdbc.queryForObject("select count(*) from notification where account_id = ?", Long.class,
					busy);
			long typicalNotes = jdbc.queryForObject("select count(*) from notification where account_id = ?",
					Long.class, typical);
			log("login %d has %d notes, login %d has %d", busy, busyNotes, typical, typicalNotes);
			call("(d) baseline: `select 1` through the pool (one round trip)",
					() -> jdbc.queryForObject("select 1", Integer.class));
			call("(d) `Notes.unread`, login with " + busyNotes + " notes (" + notesOf.unread(busy) + " counted)",
					() -> notesOf.unread(busy));
			call("(d) `Notes.newest`, login with " + busyNotes + " notes", () -> notesOf.newest(busy).size());
			call("(d) `Notes.unread`, login with " + typicalNotes + " notes", () -> notesOf.unread(typical));
			call("(d) `Notes.newest`, login with " + typicalNotes + " notes", () -> notesOf.newest(typical).size());

			var unreadPlan = explain("""
					select count(*) from (select 1 as one from notification where account_id = %d and read_at is null
					fetch first %d rows only) unread""".formatted(busy, Notes.COUNTED));
			var newestPlan = explain("""
					select kind, project_id, subject, other, link, created_at, read_at from notification
					where account_id = %d order by created_at desc, id desc fetch first %d rows only"""
				.formatted(busy, Notes.SHOWN));
			boolean usesIndex = unreadPlan.contains("notification_unread_idx");
			out.append("| (e) EXPLAIN of the unread count, login with ").append(busyNotes).append(" notes | | ")
				.append(usesIndex ? "uses `notification_unread_idx`" : "**does not use `notification_unread_idx`**")
				.append(" | ").append(executionTime(unreadPlan)).append(" | | |\n");
			out.append("| (e) EXPLAIN of the newest notes, same login | | ").append(nodes(newestPlan)).append(" | ")
				.append(executionTime(newestPlan)).append(" | | |\n");
			plans.append("Unread count (login ").append(busy).append("):\n\n").append(unreadPlan).append("\n");
			plans.append("Newest notes (login ").append(busy).append("):\n\n").append(newestPlan).append("\n");
		}

		/** The median and p99 of {@link #CALLS} calls after a warm-up. */
		private void call(String label, LongSupplier call) {
			for (int i = 0; i < WARM_UP_CALLS; i++) {
				call.getAsLong();
			}
			var nanos = new long[CALLS];
			for (int i = 0; i < CALLS; i++) {
				long t0 = System.nanoTime();
				call.getAsLong();
				nanos[i] = System.nanoTime() - t0;
			}
			Arrays.sort(nanos);
			String median = String.format(Locale.ROOT, "%.3f ms median", nanos[CALLS / 2] / 1e6);
			String p99 = String.format(Locale.ROOT, "%.3f ms p99", nanos[CALLS * 99 / 100] / 1e6);
			log("%s: %s, %s", label, median, p99);
			out.append("| ").append(label).append(" | ").append(CALLS).append(" calls | ").append(median).append(" | ")
				.append(p99).append(" | | |\n");
		}

		private String explain(String sql) {
			return String.join("\n", jdbc.queryForList("explain (analyze, buffers) " + sql, String.class)) + "\n";
		}

		private static String executionTime(String plan) {
			return plan.lines().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?");
		}

		private static String nodes(String plan) {
			var lines = plan.lines().toList();
			return lines.stream()
				.filter(l -> l == lines.get(0) || l.strip().startsWith("->"))
				.map(l -> l.strip().replaceFirst("^->\\s*", "").replaceAll("\\s*\\(cost.*", ""))
				.reduce((a, b) -> a + " → " + b)
				.orElse("?");
		}

		private List<Long> seed() {
			long organisation = jdbc.queryForObject("select nextval('organisation_seq')", Long.class);
			var now = Timestamp.from(Instant.now());
			jdbc.update("""
					insert into organisation (id, kind, name, cvr, version, created_at, updated_at)
					values (?, 'HOUSING', 'Benchmarkens boligselskab', '99999999', 0, ?, ?)""", organisation, now, now);
			List<Long> ids = jdbc.queryForList("select nextval('account_seq') from generate_series(1, ?)", Long.class,
					logins);
			var rows = new ArrayList<Object[]>();
			for (int i = 0; i < ids.size(); i++) {
				rows.add(new Object[] { ids.get(i), "login" + i + "@bench.invalid", "Login " + i,
						"{noop}not-a-password", organisation, now });
				if (rows.size() == BATCH || i == ids.size() - 1) {
					jdbc.batchUpdate("""
							insert into account (id, email, display_name, password_hash, role, organisation_id, enabled,
							    version, created_at)
							values (?, ?, ?, ?, 'MEMBER', ?, true, 0, ?)""", rows);
					rows.clear();
				}
			}
			return ids;
		}

		private void analyze() {
			jdbc.execute("analyze");
		}

		private long count(String table) {
			return jdbc.queryForObject("select count(*) from " + table, Long.class);
		}

		private void row(String label, String perRun, List<Long> times, long rows) {
			long best = times.stream().mapToLong(Long::longValue).min().orElse(0);
			var cells = new ArrayList<String>();
			times.forEach(t -> cells.add(String.format(Locale.ROOT, "%,d ms", t)));
			out.append("| ").append(label).append(" | ").append(perRun).append(" | ")
				.append(String.join(" | ", pad(cells))).append(" | ")
				.append(String.format(Locale.ROOT, "%,.0f", rows * 1000.0 / Math.max(1, best))).append(" |\n");
		}

		private static List<String> pad(List<String> cells) {
			var padded = new ArrayList<>(cells);
			while (padded.size() < 3) {
				padded.add("–");
			}
			return padded;
		}

		private static long ms(long t0) {
			return (System.nanoTime() - t0) / 1_000_000;
		}

		private static void log(String format, Object... args) {
			System.out.printf(Locale.ROOT, "[notifbench] " + format + "%n", args);
		}
	}
}
