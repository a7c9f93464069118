package dk.spirekassen.devdays;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.ProjectGroupFormed;

/**
 * Ideas from a development day and the project groups formed from them. Forming a group publishes
 * {@link ProjectGroupFormed}, which the incubator turns into a project.
 */
@Service
@Transactional
public class IdeaManagement {

	private final Days days;

	private final Ideas ideas;

	private final Groups groups;

	private final Registrations registrations;

	private final RegistrationDesk desk;

	private final ApplicationEventPublisher events;

	private final ActorManagement actors;

	IdeaManagement(Days days, Ideas ideas, Groups groups, Registrations registrations, RegistrationDesk desk,
			ApplicationEventPublisher events, ActorManagement actors) {
		this.actors = actors;
		this.days = days;
		this.ideas = ideas;
		this.groups = groups;
		this.registrations = registrations;
		this.desk = desk;
		this.events = events;
	}

	private void requireKnownTheme(Long themeId) {
		if (themeId != null && actors.themes().stream().noneMatch(theme -> theme.getId().equals(themeId))) {
			throw new RegistrationRefusedException("themeId", "idea.error.unknownTheme");
		}
	}

	/** Staff capture an idea for a day; a theme must be one of the directory's. */
	public long addIdea(long dayId, String title, String description, Long themeId, String proposerName) {
		days.findById(dayId).orElseThrow(() -> new NotFoundException("day", dayId));
		requireKnownTheme(themeId);
		return ideas.save(new DayIdea(dayId, title, description, themeId, proposerName, null)).getId();
	}

	/** A participant captures an idea through their self-service link. */
	public long addIdeaByToken(String token, String title, String description, Long themeId) {
		var registration = desk.byToken(token).orElseThrow(() -> new NotFoundException("registration", "token"));
		if (registration.status() != RegistrationStatus.CONFIRMED) {
			throw new RegistrationRefusedException(null, "idea.error.notConfirmed");
		}
		requireKnownTheme(themeId);
		var person = registrations.findById(registration.registrationId()).orElseThrow();
		return ideas.save(new DayIdea(registration.dayId(), title, description, themeId, person.getName(),
				person.getId())).getId();
	}

	/**
	 * Forms a project group from ideas of the day, with members among its confirmed participants, and hands it
	 * over to the incubator.
	 */
	public long formGroup(long dayId, String title, String summary, Set<Long> ideaIds, Set<Long> memberIds,
			String formedBy) {
		var day = days.findById(dayId).orElseThrow(() -> new NotFoundException("day", dayId));
		if (ideaIds == null || ideaIds.isEmpty()) {
			throw new RegistrationRefusedException("ideaIds", "group.error.noIdeas");
		}
		if (memberIds == null || memberIds.isEmpty()) {
			throw new RegistrationRefusedException("memberIds", "group.error.noMembers");
		}
		var chosen = ideas.findAllById(ideaIds);
		if (chosen.size() != ideaIds.size() || chosen.stream().anyMatch(i -> i.getDayId() != dayId)) {
			throw new RegistrationRefusedException("ideaIds", "group.error.unknownIdea");
		}
		var members = registrations.findAllById(memberIds);
		if (members.size() != memberIds.size() || members.stream()
			.anyMatch(r -> r.getDayId() != dayId || r.getStatus() != RegistrationStatus.CONFIRMED)) {
			throw new RegistrationRefusedException("memberIds", "group.error.unknownMember");
		}
		var themeId = chosen.stream().map(DayIdea::getThemeId).filter(java.util.Objects::nonNull).findFirst()
			.orElse(day.getThemeId());
		var group = groups.save(new DayGroup(dayId, title, summary, themeId, new HashSet<>(memberIds), formedBy));
		chosen.forEach(i -> i.joinGroup(group.getId()));
		var description = chosen.stream()
			.map(i -> "**" + i.getTitle() + "** (" + i.getProposerName() + ")"
					+ (i.getDescription() == null ? "" : "\n\n" + i.getDescription()))
			.collect(Collectors.joining("\n\n"));
		var handedOver = new ArrayList<ProjectGroupFormed.Member>();
		members.forEach(r -> handedOver.add(new ProjectGroupFormed.Member(r.getName(), r.getOrganisationId(),
				r.getAccountId())));
		events.publishEvent(new ProjectGroupFormed(dayId, day.getTitle(), group.getId(), group.getTitle(),
				group.getSummary(), description, themeId, List.copyOf(handedOver)));
		return group.getId();
	}

	@Transactional(readOnly = true)
	public List<DayIdea> ideas(long dayId) {
		return ideas.findByDayIdOrderByCreatedAt(dayId);
	}

	/** The day's project groups with their members' names and the titles of their ideas. */
	@Transactional(readOnly = true)
	public List<GroupView> groups(long dayId) {
		var dayIdeas = ideas.findByDayIdOrderByCreatedAt(dayId);
		return groups.findByDayIdOrderByFormedAt(dayId).stream().map(g -> new GroupView(g.getId(), g.getTitle(),
				g.getSummary(),
				registrations.findAllById(g.getMemberIds()).stream().map(Registration::getName).sorted().toList(),
				dayIdeas.stream().filter(i -> g.getId().equals(i.getGroupId())).map(DayIdea::getTitle).toList(),
				g.getFormedAt())).toList();
	}

	/** A project group as the staff page shows it. */
	public record GroupView(long id, String title, String summary, List<String> members, List<String> ideas,
			java.time.Instant formedAt) {
	}
}
