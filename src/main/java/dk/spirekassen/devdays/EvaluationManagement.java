package dk.spirekassen.devdays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.spirekassen.mail.Mailer;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.OneTimeTokens;

/**
 * The short survey after a day: three questions from 1 to 5 and a comment, sent by a link that works once, and the
 * results aggregated for the secretariat. Answers are stored without who gave them.
 */
@Service
@Transactional
public class EvaluationManagement {

	/** The survey's questions, as message keys. */
	public static final List<String> QUESTIONS = List.of("evaluation.q.benefit", "evaluation.q.relevance",
			"evaluation.q.continuation");

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final Days days;

	private final Registrations registrations;

	private final EvaluationInvites invites;

	private final EvaluationResponses responses;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	EvaluationManagement(Days days, Registrations registrations, EvaluationInvites invites,
			EvaluationResponses responses, Mailer mailer, MessageSource messages,
			@Value("${spirekassen.base-url}") String baseUrl) {
		this.days = days;
		this.registrations = registrations;
		this.invites = invites;
		this.responses = responses;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** Emails the survey to every confirmed participant not yet invited; returns how many were invited now. */
	public int invite(long dayId) {
		var day = days.findById(dayId).orElseThrow(() -> new NotFoundException("day", dayId));
		int sent = 0;
		for (var registration : registrations.findByDayIdAndStatusOrderByArrival(dayId, RegistrationStatus.CONFIRMED)) {
			if (registration.isAnonymised() || invites.existsByDayIdAndRegistrationId(dayId, registration.getId())) {
				continue;
			}
			var token = OneTimeTokens.newToken();
			invites.save(new EvaluationInvite(dayId, registration.getId(), OneTimeTokens.hash(token)));
			mailer.send(registration.getEmail(),
					messages.getMessage("evaluation.mail.subject", new Object[] { day.getTitle() }, DANISH),
					messages.getMessage("evaluation.mail.body",
							new Object[] { registration.getName(), day.getTitle(), baseUrl + "/evaluering/" + token },
							DANISH));
			sent++;
		}
		return sent;
	}

	/** The day a survey link belongs to and whether it has been answered; empty for an unknown link. */
	@Transactional(readOnly = true)
	public Optional<Invitation> invitation(String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		return invites.findByTokenHash(OneTimeTokens.hash(token)).map(i -> {
			var day = days.findById(i.getDayId()).orElseThrow();
			return new Invitation(day.getId(), day.getTitle(), i.isAnswered());
		});
	}

	/** Records the answers (each 1 to 5) once per link. */
	public void answer(String token, int benefit, int relevance, int continuation, String comment) {
		if (!OneTimeTokens.plausible(token)) {
			throw new NotFoundException("evaluation", "token");
		}
		var invite = invites.findByTokenHash(OneTimeTokens.hash(token))
			.orElseThrow(() -> new NotFoundException("evaluation", "token"));
		for (int score : new int[] { benefit, relevance, continuation }) {
			if (score < 1 || score > 5) {
				throw new RegistrationRefusedException(null, "evaluation.error.score");
			}
		}
		invite.answered();
		responses.save(new EvaluationResponse(invite.getDayId(), benefit, relevance, continuation, comment));
	}

	/** The day's results: how many were invited and answered, the average and spread per question, the comments. */
	@Transactional(readOnly = true)
	public Results results(long dayId) {
		var answers = responses.findByDayIdOrderBySubmittedAt(dayId);
		var questions = new java.util.ArrayList<QuestionResult>();
		for (int q = 0; q < QUESTIONS.size(); q++) {
			var counts = new long[5];
			double sum = 0;
			for (var answer : answers) {
				int score = answer.scores()[q];
				counts[score - 1]++;
				sum += score;
			}
			questions.add(new QuestionResult(QUESTIONS.get(q), answers.isEmpty() ? null : sum / answers.size(),
					java.util.Arrays.stream(counts).boxed().toList()));
		}
		return new Results(invites.countByDayId(dayId), answers.size(), questions,
				answers.stream().map(EvaluationResponse::getComment).filter(java.util.Objects::nonNull).toList());
	}

	/** A survey link's day and whether it has been answered. */
	public record Invitation(long dayId, String dayTitle, boolean answered) {
	}

	/** The aggregated survey of a day. */
	public record Results(long invited, long answered, List<QuestionResult> questions, List<String> comments) {
	}

	/** One question: its message key, the average (null without answers) and how many gave each score 1 to 5. */
	public record QuestionResult(String question, Double average, List<Long> counts) {
	}
}
