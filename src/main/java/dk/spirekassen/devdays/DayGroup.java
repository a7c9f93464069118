package dk.spirekassen.devdays;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;

/**
 * A project group formed at a development day from ideas, with members drawn from the day's participants.
 */
@Entity
@Table(name = "day_group")
@Indexed
class DayGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "day_group_seq")
	@SequenceGenerator(name = "day_group_seq", allocationSize = 50)
	private Long id;

	@GenericField(name = SearchFields.DAY, projectable = Projectable.YES)
	private long dayId;

	@FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String title;

	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String summary;

	@GenericField(name = SearchFields.THEMES, aggregable = Aggregable.YES)
	private Long themeId;

	@GenericField(name = SearchFields.UPDATED, sortable = Sortable.YES)
	private Instant formedAt;

	private String formedBy;

	@ElementCollection
	@CollectionTable(name = "day_group_member", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "registration_id")
	private Set<Long> memberIds = new HashSet<>();

	protected DayGroup() {
	}

	DayGroup(long dayId, String title, String summary, Long themeId, Set<Long> memberIds, String formedBy) {
		this.dayId = dayId;
		this.title = title.strip();
		this.summary = summary.strip();
		this.themeId = themeId;
		this.memberIds.addAll(memberIds);
		this.formedBy = formedBy;
		this.formedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public long getDayId() {
		return dayId;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public Long getThemeId() {
		return themeId;
	}

	public Set<Long> getMemberIds() {
		return Set.copyOf(memberIds);
	}

	public Instant getFormedAt() {
		return formedAt;
	}

	// --- the search index (see shared.SearchFields): a project group is found by its own title and text, never by
	// the names of the people behind it, and only by the secretariat, who alone see it (on the day's ideas page)

	@KeywordField(name = SearchFields.KIND, projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	SearchKind getSearchKind() {
		return SearchKind.GROUP;
	}

	/** No reader key: the secretariat finds it without one, and nobody else sees it. */
	@KeywordField(name = SearchFields.READERS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	Set<String> getReaders() {
		return Set.of();
	}
}
