package dk.spirekassen.projects;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.spirekassen.SpirekassenApplication;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.search.IndexBuilds;

/**
 * How long the suggestions take to compute at national scale, with nothing kept (issue 11, section 4: the top 10
 * partners for a need and the top 10 needs for a partner, each with p99 at most 20 ms at 8 concurrent users). The
 * pages serve suggestions from {@code shared.RecentReads}; here it keeps nothing ({@code spirekassen.search.cache.ttl}
 * 0), so every call computes them anew in its own read-only transaction, as the first request after a change does.
 * <p>
 * Starts the application (its web server on a random port, unused) on the PostgreSQL of {@code DATABASE_URL} (the
 * postgres profile), with the demo data and the national-scale data at factor {@code matchbench.factor} and the index
 * in a new directory, and waits for the index. Then it samples, with a fixed seed, {@code matchbench.sample} open
 * needs of public projects in an active stage, the kinds in turn, and as many partners, those with a login first (the
 * demo partner's first of all). After a warm-up of all three calls mixed, in passes until the JIT compiler settles or
 * for at most {@code matchbench.warmup} seconds, {@code matchbench.threads} threads call one thing after another
 * without pause, for {@code matchbench.duration} seconds each: a cheap read through the same transactional service
 * layer (the baseline), the partners for a sampled need as the secretariat, the baseline again and the needs for a
 * sampled partner as its login. Prints a markdown table, also written to {@code matchbench.table} when set; exits
 * with 1 when a target is missed, a call failed or nothing was suggested.
 * Run by {@code bench/matching.sh}.
 */
public final class MatchScaleBench {

	private static final String SECRETARIAT = "sekretariat@spirekassen.dk";

	private static final String PARTNER = "partner@spirekassen.dk";

	private static final double TARGET_P99_MS = 20;

	private static final Locale DANISH = Locale.forLanguageTag("da");

	/** A warm-up pass: the warm-up goes on, up to its limit, until the JIT compiler settles. */
	private static final Duration WARM_UP_PASS = Duration.ofSeconds(10);

	/** The compiling in a warm-up pass below which the JIT compiler counts as settled. */
	private static final long JIT_SETTLED_MILLIS = 500;

	private MatchScaleBench() {
	}

	/** The knobs, from system properties. */
	private record Settings(String factor, int threads, Duration warmup, Duration duration, int sample, long seed,
			String table) {

		static Settings fromSystemProperties() {
			return new Settings(System.getProperty("matchbench.factor", "1.0"),
					Integer.getInteger("matchbench.threads", 8),
					Duration.ofSeconds(Integer.getInteger("matchbench.warmup", 180)),
					Duration.ofSeconds(Integer.getInteger("matchbench.duration", 30)),
					Integer.getInteger("matchbench.sample", 200), Long.getLong("matchbench.seed", 1),
					System.getProperty("matchbench.table"));
		}
	}

	public static void main(String[] args) throws IOException {
		var settings = Settings.fromSystemProperties();
		var index = Files.createTempDirectory("matchbench-index-");
		int status;
		try (var context = start(settings, index, args)) {
			status = new Bench(context, settings).run();
		}
		finally {
			delete(index);
		}
		System.exit(status);
	}

	/** The application with the national-scale data and nothing kept, its index built; {@code args} may add to it. */
	private static ConfigurableApplicationContext start(Settings settings, Path index, String[] args) {
		var arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				// Nothing is asked over HTTP, but without a web application the sessions' repository, which the
				// accounts module needs, is not configured.
				"--server.port=0", "--server.address=127.0.0.1", "--spirekassen.base-url=http://127.0.0.1",
				"--spirekassen.demo.enabled=true", "--spirekassen.national-scale.enabled=true",
				"--spirekassen.national-scale.factor=" + settings.factor(), "--spirekassen.search.directory=" + index,
				"--spirekassen.search.cache.ttl=0",
				// The network's measures are computed in the background from a while after start, for seconds at
				// this scale: not during the measurement.
				"--spirekassen.network.first-check=P1D"));
		arguments.addAll(List.of(args));
		var context = SpringApplication.run(SpirekassenApplication.class, arguments.toArray(String[]::new));
		context.getBean(IndexBuilds.class).running().join();
		return context;
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

	/** A need of the sample. */
	private record SampledNeed(long projectId, long needId, NeedKind kind) {
	}

	/** What one call answered: the kind of need it was asked for (or null), and its suggestions. */
	private record Answer(NeedKind kind, int suggestions) {
	}

	/** What is measured, one after another. */
	private enum Step {

		WARM_UP("warm-up pass (the three mixed)", null),
		BASELINE("baseline",
				"baseline: `Directory.partnerNames` of a sampled partner (a read-only transaction, one query)"),
		PARTNERS_FOR_A_NEED("partners for a need",
				"**top 10 partners for a need** (`Matchmaking.partnersFor`, as the secretariat)"),
		NEEDS_FOR_A_PARTNER("needs for a partner",
				"**top 10 needs for a partner** (`Matchmaking.needsFor`, as its login)"),
		PARTNERS_FOR_A_NEED_ALONE("partners for a need, one caller",
				"top 10 partners for a need, **one caller** (what one call costs, without waiting for a core)", 1),
		NEEDS_FOR_A_PARTNER_ALONE("needs for a partner, one caller",
				"top 10 needs for a partner, **one caller** (what one call costs, without waiting for a core)", 1),
		PARTNERS_FOR_A_NEED_PER_CORE("partners for a need, a caller per core",
				"top 10 partners for a need, **a caller per core** (as many callers as this machine has cores)",
				Step.PER_CORE),
		NEEDS_FOR_A_PARTNER_PER_CORE("needs for a partner, a caller per core",
				"top 10 needs for a partner, **a caller per core** (as many callers as this machine has cores)",
				Step.PER_CORE);

		/** As {@link #threads}: a thread for each core. */
		private static final int PER_CORE = -1;

		private final String name;

		/** As the table of calls names it; null for a step that is not in it. */
		private final String label;

		/** How many threads call at once; 0 for the bench's setting, {@link #PER_CORE} for one per core. */
		private final int threads;

		Step(String name, String label) {
			this(name, label, 0);
		}

		Step(String name, String label, int threads) {
			this.name = name;
			this.label = label;
			this.threads = threads;
		}

		int threads(Settings settings) {
			return threads == 0 ? settings.threads()
					: threads == PER_CORE ? Runtime.getRuntime().availableProcessors() : threads;
		}

		/** Whether the target holds for this step's calls. */
		boolean targeted() {
			return this == PARTNERS_FOR_A_NEED || this == NEEDS_FOR_A_PARTNER;
		}
	}

	/** One call of what is measured, with the thread's own random source to pick what it asks for. */
	private interface Operation {

		Answer call(Random random);
	}

	private static final class Bench {

		private final Settings settings;

		private final Matchmaking matchmaking;

		private final Directory directory;

		private final JdbcClient jdbc;

		private final Viewer secretariat;

		private final List<SampledNeed> needs;

		private final List<Viewer> partners;

		private final ExecutorService pool;

		Bench(ConfigurableApplicationContext context, Settings settings) {
			this.settings = settings;
			this.matchmaking = context.getBean(Matchmaking.class);
			this.directory = context.getBean(Directory.class);
			this.jdbc = context.getBean(JdbcClient.class);
			var accounts = context.getBean(AccountManagement.class);
			this.secretariat = viewer(accounts, SECRETARIAT);
			this.needs = sampleNeeds();
			this.partners = samplePartners(viewer(accounts, PARTNER));
			this.pool = Executors.newFixedThreadPool(
					Math.max(settings.threads(), Runtime.getRuntime().availableProcessors()));
		}

		int run() {
			try {
				return measure();
			}
			finally {
				pool.shutdownNow();
			}
		}

		private int measure() {
			Operation baseline = random -> {
				var partner = partners.get(random.nextInt(partners.size())).partnerId();
				return new Answer(null, directory.partnerNames(Set.of(partner)).size());
			};
			Operation partnersFor = random -> {
				var need = needs.get(random.nextInt(needs.size()));
				return new Answer(need.kind(),
						matchmaking.partnersFor(need.projectId(), need.needId(), secretariat, DANISH).size());
			};
			Operation needsFor = random -> new Answer(null,
					matchmaking.needsFor(partners.get(random.nextInt(partners.size())), DANISH).size());
			List<Operation> all = List.of(baseline, partnersFor, needsFor);

			var warmUp = warmUp(random -> all.get(random.nextInt(all.size())).call(random));
			var phases = List.of(phase(Step.BASELINE, baseline, settings.duration()),
					phase(Step.PARTNERS_FOR_A_NEED, partnersFor, settings.duration()),
					phase(Step.BASELINE, baseline, settings.duration()),
					phase(Step.NEEDS_FOR_A_PARTNER, needsFor, settings.duration()),
					phase(Step.PARTNERS_FOR_A_NEED_ALONE, partnersFor, settings.duration()),
					phase(Step.NEEDS_FOR_A_PARTNER_ALONE, needsFor, settings.duration()),
					phase(Step.PARTNERS_FOR_A_NEED_PER_CORE, partnersFor, settings.duration()),
					phase(Step.NEEDS_FOR_A_PARTNER_PER_CORE, needsFor, settings.duration()));
			var report = new Report(settings, data(), needs, partners, warmUp, phases);
			var text = report.text();
			System.out.println(text);
			if (settings.table() != null) {
				try {
					Files.writeString(Path.of(settings.table()), text);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return report.failed() ? 1 : 0;
		}

		/** Passes of all three calls mixed until the JIT compiler settles, or the time is up. */
		private WarmUp warmUp(Operation mixed) {
			var took = Duration.ZERO;
			Phase last = null;
			int passes = 0;
			while (took.compareTo(settings.warmup()) < 0) {
				var left = settings.warmup().minus(took);
				last = phase(Step.WARM_UP, mixed, left.compareTo(WARM_UP_PASS) < 0 ? left : WARM_UP_PASS);
				passes++;
				took = took.plus(last.usage().wall());
				if (last.usage().jitMillis() < JIT_SETTLED_MILLIS) {
					return new WarmUp(passes, took, true, last);
				}
			}
			return new WarmUp(passes, took, false, last);
		}

		/** Every thread calls the operation again and again until the time is up; the calls and the machine. */
		private Phase phase(Step step, Operation operation, Duration duration) {
			System.out.printf("matchbench: %s, %d threads, %d s%n", step.name, step.threads(settings),
					duration.toSeconds());
			var before = Machine.now();
			long end = System.nanoTime() + duration.toNanos();
			var futures = new ArrayList<Future<Calls>>();
			for (int t = 0; t < step.threads(settings); t++) {
				var random = new Random(settings.seed() + t);
				futures.add(pool.submit(() -> Calls.of(operation, random, end)));
			}
			var calls = new Calls();
			for (var future : futures) {
				try {
					calls.addAll(future.get());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
				catch (ExecutionException e) {
					throw new IllegalStateException(e.getCause());
				}
			}
			return new Phase(step, calls, Machine.now().since(before));
		}

		/**
		 * The open needs of public projects in an active stage, shuffled with the seed, taken from each kind in turn:
		 * as many of each kind as there are, up to an equal share of the sample.
		 */
		private List<SampledNeed> sampleNeeds() {
			var byKind = new EnumMap<NeedKind, List<SampledNeed>>(NeedKind.class);
			jdbc.sql("""
					select n.project_id, n.id, n.kind from project_need n join project p on p.id = n.project_id
					where n.status = 'OPEN' and p.visibility = 'PUBLIC'
					  and p.stage in ('IDEA', 'PROJECT_GROUP', 'RUNNING')
					order by n.id""")
				.query((rs, row) -> new SampledNeed(rs.getLong(1), rs.getLong(2), NeedKind.valueOf(rs.getString(3))))
				.list()
				.forEach(need -> byKind.computeIfAbsent(need.kind(), k -> new ArrayList<>()).add(need));
			var random = new Random(settings.seed());
			byKind.values().forEach(list -> Collections.shuffle(list, random));
			var sample = new ArrayList<SampledNeed>();
			for (int i = 0; sample.size() < settings.sample(); i++) {
				int before = sample.size();
				for (var list : byKind.values()) {
					if (i < list.size() && sample.size() < settings.sample()) {
						sample.add(list.get(i));
					}
				}
				if (sample.size() == before) {
					break;
				}
			}
			if (sample.isEmpty()) {
				throw new IllegalStateException("No open need of a public project in an active stage");
			}
			return sample;
		}

		/**
		 * The demo partner's login, then one login each of other partners, shuffled with the seed; when they are fewer
		 * than the sample, other partners too, shuffled, each as a login of its own that takes part in no project (an
		 * account id no account has: minus the partner's id). What a partner is suggested depends on its profile and
		 * on what its login may see.
		 */
		private List<Viewer> samplePartners(Viewer demo) {
			var logins = new LinkedHashMap<Long, Viewer>();
			jdbc.sql("""
					select id, display_name, organisation_id, partner_id from account
					where role = 'PARTNER' and partner_id is not null and enabled order by id""")
				.query((rs, row) -> new Viewer(rs.getLong(1), rs.getString(2), Role.PARTNER,
						rs.getObject(3, Long.class), rs.getLong(4)))
				.list()
				.forEach(viewer -> logins.putIfAbsent(viewer.partnerId(), viewer));
			logins.remove(demo.partnerId());
			var others = new ArrayList<>(logins.values());
			var random = new Random(settings.seed());
			Collections.shuffle(others, random);
			var sample = new ArrayList<Viewer>();
			sample.add(demo);
			sample.addAll(others.subList(0, Math.min(others.size(), settings.sample() - 1)));
			if (sample.size() < settings.sample()) {
				var rest = jdbc.sql("select id, name from partner order by id")
					.query((rs, row) -> new Viewer(-rs.getLong(1), rs.getString(2), Role.PARTNER, null, rs.getLong(1)))
					.list()
					.stream()
					.filter(viewer -> !logins.containsKey(viewer.partnerId()))
					.filter(viewer -> !viewer.partnerId().equals(demo.partnerId()))
					.collect(Collectors.toCollection(ArrayList::new));
				Collections.shuffle(rest, random);
				sample.addAll(rest.subList(0, Math.min(rest.size(), settings.sample() - sample.size())));
			}
			return sample;
		}

		/** What the database holds: partners, their logins, projects and needs. */
		private String data() {
			return jdbc.sql("""
					select (select count(*) from partner), (select count(*) from account where role = 'PARTNER'),
					       (select count(*) from project), (select count(*) from project_need)""")
				.query((rs, row) -> "%,d partners (%,d partner logins), %,d projects, %,d needs"
					.formatted(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
				.single();
		}

		private static Viewer viewer(AccountManagement accounts, String email) {
			var user = (SignedInUser) accounts.loadUserByUsername(email);
			return new Viewer(user.accountId(), user.displayName(), user.role(), user.organisationId(),
					user.partnerId());
		}
	}

	/** The latencies of calls, with the suggestions they returned, in all and per kind of need. */
	private static final class Calls {

		private final Latencies all = new Latencies();

		private final Map<NeedKind, Latencies> kinds = new EnumMap<>(NeedKind.class);

		private long errors;

		private String firstError;

		static Calls of(Operation operation, Random random, long end) {
			var calls = new Calls();
			while (System.nanoTime() < end) {
				long t0 = System.nanoTime();
				try {
					var answer = operation.call(random);
					long nanos = System.nanoTime() - t0;
					calls.all.add(nanos, answer.suggestions());
					if (answer.kind() != null) {
						calls.kinds.computeIfAbsent(answer.kind(), k -> new Latencies())
							.add(nanos, answer.suggestions());
					}
				}
				catch (RuntimeException e) {
					calls.errors++;
					if (calls.firstError == null) {
						calls.firstError = e.toString();
					}
				}
			}
			return calls;
		}

		void addAll(Calls other) {
			all.addAll(other.all);
			other.kinds.forEach((kind, latencies) -> kinds.computeIfAbsent(kind, k -> new Latencies())
				.addAll(latencies));
			errors += other.errors;
			if (firstError == null) {
				firstError = other.firstError;
			}
		}
	}

	/**
	 * Latencies in nanoseconds, with the suggestions of the calls. A sorted array gives exact percentiles, and even
	 * the baseline's calls of a long run fit in a few megabytes.
	 */
	private static final class Latencies {

		private long[] nanos = new long[1024];

		private int count;

		private long suggestions;

		private long empty;

		void add(long latency, int suggested) {
			room(1);
			nanos[count++] = latency;
			suggestions += suggested;
			if (suggested == 0) {
				empty++;
			}
		}

		void addAll(Latencies other) {
			room(other.count);
			System.arraycopy(other.nanos, 0, nanos, count, other.count);
			count += other.count;
			suggestions += other.suggestions;
			empty += other.empty;
		}

		private void room(int more) {
			if (count + more > nanos.length) {
				nanos = Arrays.copyOf(nanos, Math.max(nanos.length * 2, count + more));
			}
		}

		Summary summary(Duration wall) {
			var sorted = Arrays.copyOf(nanos, count);
			Arrays.sort(sorted);
			return new Summary(count, count / (wall.toNanos() / 1e9), ms(Arrays.stream(sorted).average().orElse(0)),
					ms(at(sorted, 0.50)), ms(at(sorted, 0.99)), ms(count == 0 ? 0 : sorted[count - 1]),
					count == 0 ? 0 : (double) suggestions / count, count == 0 ? 0 : (double) empty / count);
		}

		/** The latency that the share of calls did not exceed (nearest rank). */
		private static long at(long[] sorted, double share) {
			return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)];
		}

		private static double ms(double nanos) {
			return nanos / 1e6;
		}
	}

	private record Summary(long calls, double perSecond, double meanMs, double p50Ms, double p99Ms, double maxMs,
			double meanSuggestions, double shareEmpty) {
	}

	/** What the machine did meanwhile: CPU time of this JVM and of the whole machine, collections, compilation. */
	private record Machine(long wallNanos, long processCpuNanos, long busyTicks, long allTicks, long gcCount,
			long gcMillis, long jitMillis) {

		static Machine now() {
			long gcCount = 0;
			long gcMillis = 0;
			for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				gcCount += Math.max(0, gc.getCollectionCount());
				gcMillis += Math.max(0, gc.getCollectionTime());
			}
			var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			long[] ticks = cpuTicks();
			return new Machine(System.nanoTime(), os.getProcessCpuTime(), ticks[0], ticks[1], gcCount, gcMillis,
					ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
		}

		/** Busy (user nice system irq softirq steal) and all ticks of the machine's CPUs so far, from /proc/stat. */
		private static long[] cpuTicks() {
			try (var lines = Files.lines(Path.of("/proc/stat"))) {
				var f = lines.filter(line -> line.startsWith("cpu ")).findFirst().orElseThrow().trim().split("\\s+");
				long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
						+ Long.parseLong(f[7]) + Long.parseLong(f[8]);
				return new long[] { busy, busy + Long.parseLong(f[4]) + Long.parseLong(f[5]) };
			}
			catch (IOException | RuntimeException e) {
				return new long[] { 0, 0 };
			}
		}

		Usage since(Machine before) {
			var wall = Duration.ofNanos(wallNanos - before.wallNanos);
			double jvm = (processCpuNanos - before.processCpuNanos) / (double) wall.toNanos();
			long all = allTicks - before.allTicks;
			double machine = all == 0 ? Double.NaN
					: (busyTicks - before.busyTicks) / (double) all * Runtime.getRuntime().availableProcessors();
			return new Usage(wall, jvm, Math.max(0, machine - jvm), gcCount - before.gcCount,
					gcMillis - before.gcMillis, jitMillis - before.jitMillis);
		}
	}

	/** The cores this JVM kept busy, those busy outside it (PostgreSQL among them), collections and compilation. */
	private record Usage(Duration wall, double jvmCores, double otherCores, long collections, long gcMillis,
			long jitMillis) {
	}

	/** How the warm-up went: its passes, how long it took, whether the JIT compiler settled, and its last pass. */
	private record WarmUp(int passes, Duration took, boolean settled, Phase last) {
	}

	private record Phase(Step step, Calls calls, Usage usage) {

		Summary summary() {
			return calls.all.summary(usage.wall());
		}

		String verdict() {
			if (calls.all.count == 0) {
				return "**no call answered**";
			}
			if (calls.all.suggestions == 0) {
				return "**no suggestions**";
			}
			return summary().p99Ms() <= TARGET_P99_MS ? "met" : "**missed**";
		}
	}

	/** The figures as markdown, and whether a target was missed. */
	private record Report(Settings settings, String data, List<SampledNeed> needs, List<Viewer> partners,
			WarmUp warmUp, List<Phase> phases) {

		String text() {
			var out = new StringBuilder();
			var kinds = new EnumMap<NeedKind, Integer>(NeedKind.class);
			needs.forEach(need -> kinds.merge(need.kind(), 1, Integer::sum));
			long logins = partners.stream().filter(viewer -> viewer.accountId() > 0).count();
			var sampled = kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList();
			out.append("Data: %s. Sample (seed %d): %d open needs of public projects in an active stage (%s) "
				.formatted(data, settings.seed(), needs.size(), String.join(", ", sampled)))
				.append("and %d partners, %d of them by one of their logins (%s first)%s.%n".formatted(partners.size(),
						logins, PARTNER, logins == partners.size() ? ""
								: ", the others each as a login of its own that takes part in no project"));
			out.append("%d threads calling without pause, %d s per row; nothing kept ".formatted(settings.threads(),
					settings.duration().toSeconds()))
				.append("(`spirekassen.search.cache.ttl=0`). ")
				.append("Warm-up: %d passes of all three mixed in %d s, ended %s.%n%n".formatted(warmUp.passes(),
						warmUp.took().toSeconds(), warmedUp()));
			out.append("| call | calls | calls/s | share of the baseline before it | mean ms | p50 ms | p99 ms ")
				.append("| max ms | suggestions per call (calls with none) | errors | target p99 ≤ 20 ms |\n")
				.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
			Summary baseline = null;
			for (var phase : phases) {
				var all = phase.summary();
				if (phase.step() == Step.BASELINE) {
					baseline = all;
					out.append(row(phase.step().label, all, null, phase.calls(), "—", false));
					continue;
				}
				out.append(row(phase.step().label, all, baseline, phase.calls(), phase.verdict(), true));
				phase.calls().kinds.forEach((kind, latencies) -> out.append(row("&nbsp;&nbsp;%s needs".formatted(kind),
						latencies.summary(phase.usage().wall()), null, null, "", true)));
			}
			out.append("\nThe machine meanwhile, in the last warm-up pass and in each row above: the cores busy on ")
				.append("average in this JVM and outside it (PostgreSQL, and any other work on the machine), and this ")
				.append("JVM's collections and compiling.\n\n")
				.append("| phase | s | cores busy in this JVM | cores busy outside it | collections (ms) | JIT ms |\n")
				.append("|---|---|---|---|---|---|\n");
			for (var phase : Stream.concat(Stream.of(warmUp.last()), phases.stream()).toList()) {
				var u = phase.usage();
				out.append("| %s | %.0f | %.2f | %.2f | %d (%d) | %d |%n".formatted(phase.step().name,
						u.wall().toMillis() / 1e3, u.jvmCores(), u.otherCores(), u.collections(), u.gcMillis(),
						u.jitMillis()));
			}
			for (var phase : phases) {
				var calls = phase.calls();
				if (calls.errors > 0) {
					out.append("%n**%d calls failed** in \"%s\", the first with %s.%n".formatted(calls.errors,
							phase.step().name, calls.firstError));
				}
				if (phase.step().targeted() && calls.all.count > 0 && calls.all.suggestions == 0) {
					out.append("%n**No suggestion at all** in \"%s\": the figures time empty answers.%n"
						.formatted(phase.step().name));
				}
			}
			return out.toString();
		}

		private String warmedUp() {
			if (warmUp.settled()) {
				return "when the JIT compiler settled (under %d ms of compiling in a pass)"
					.formatted(JIT_SETTLED_MILLIS);
			}
			return "at its limit, **the JIT compiler still busy** (%d ms of compiling in the last pass)"
				.formatted(warmUp.last().usage().jitMillis());
		}

		boolean failed() {
			return phases.stream()
				.anyMatch(phase -> phase.calls().errors > 0
						|| phase.step().targeted() && !phase.verdict().equals("met"));
		}

		private static String row(String label, Summary s, Summary baseline, Calls calls, String verdict,
				boolean suggestions) {
			var share = baseline == null ? "" : "%.1f %%".formatted(100 * s.perSecond() / baseline.perSecond());
			var suggested = suggestions ? "%.1f (%.0f %%)".formatted(s.meanSuggestions(), 100 * s.shareEmpty()) : "";
			return "| %s | %,d | %.0f | %s | %.2f | %.2f | %.2f | %.2f | %s | %s | %s |%n".formatted(label, s.calls(),
					s.perSecond(), share, s.meanMs(), s.p50Ms(), s.p99Ms(), s.maxMs(), suggested,
					calls == null ? "" : String.valueOf(calls.errors), verdict);
		}
	}
}
