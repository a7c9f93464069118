package dk.spirekassen.funding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A call for proposals of the seed fund: its budget, the most one project may get, its application window, the
 * themes it is open to and the weighted criteria reviewers score. It guards its budget: {@link #commit} refuses a
 * grant that would take the call's grants past it. Callers decide under the call's row lock ({@link Calls#lock}), so
 * two decisions at the same moment are taken one after the other.
 */
@Entity
@Table(name = "seed_call")
class Call {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seed_call_seq")
	@SequenceGenerator(name = "seed_call_seq", allocationSize = 50)
	private Long id;

	private String title;

	private String description;

	private long budget;

	private long maxPerProject;

	private LocalDate opensOn;

	private LocalDate closesOn;

	private long committed;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "seed_call_theme", joinColumns = @JoinColumn(name = "call_id"))
	@Column(name = "theme_id")
	private Set<Long> themeIds = new HashSet<>();

	@OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Criterion> criteria = new ArrayList<>();

	@Version
	private long version;

	protected Call() {
	}

	Call(CallDetails details, Instant now) {
		this.createdAt = now;
		check(details);
		this.title = details.title().strip();
		this.description = details.description().strip();
		this.budget = details.budget();
		this.maxPerProject = details.maxPerProject();
		this.opensOn = details.opensOn();
		this.closesOn = details.closesOn();
		this.themeIds.addAll(details.themeIds());
		int position = 0;
		for (var criterion : details.criteria()) {
			criteria.add(new Criterion(this, criterion, ++position));
		}
	}

	private static void check(CallDetails details) {
		if (details.budget() <= 0) {
			throw new FundRuleException("budget", "fund.error.budget");
		}
		if (details.maxPerProject() <= 0 || details.maxPerProject() > details.budget()) {
			throw new FundRuleException("maxPerProject", "fund.error.maxPerProject");
		}
		if (details.closesOn().isBefore(details.opensOn())) {
			throw new FundRuleException("closesOn", "fund.error.window");
		}
		if (details.criteria().isEmpty()) {
			throw new FundRuleException("criteria", "fund.error.noCriteria");
		}
		for (var criterion : details.criteria()) {
			if (criterion.weight() < 1 || criterion.weight() > 10) {
				throw new FundRuleException("criteria", "fund.error.weight");
			}
		}
	}

	/** Whether applications are taken on the day (the window includes both its first and its last day). */
	boolean openOn(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	/** Whether a project on the given themes may apply: the call is open to every theme, or to one of them. */
	boolean admits(Collection<Long> projectThemes) {
		return themeIds.isEmpty() || projectThemes.stream().anyMatch(themeIds::contains);
	}

	/** What is left of the budget after the grants made. */
	long remaining() {
		return budget - committed;
	}

	/** Takes a grant out of the budget, or refuses it when the budget has not that much left. */
	void commit(long amount) {
		if (amount > remaining()) {
			throw new FundRuleException("granted", "fund.error.overBudget", remaining());
		}
		committed += amount;
	}

	Long getId() {
		return id;
	}

	String getTitle() {
		return title;
	}

	String getDescription() {
		return description;
	}

	long getBudget() {
		return budget;
	}

	long getMaxPerProject() {
		return maxPerProject;
	}

	LocalDate getOpensOn() {
		return opensOn;
	}

	LocalDate getClosesOn() {
		return closesOn;
	}

	long getCommitted() {
		return committed;
	}

	Set<Long> getThemeIds() {
		return themeIds;
	}

	List<Criterion> getCriteria() {
		return criteria;
	}
}
