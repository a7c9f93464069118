package dk.spirekassen.devdays;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Instant;

import dk.spirekassen.shared.Generation;

/**
 * When the seats of the days change: a registration made, promoted or cancelled ({@link RegistrationsChanged}, on
 * commit), or a day planned or changed. The front page keeps its coming days with their seats until then
 * ({@link DayManagement#upcoming(java.util.Locale, int)}), or until the first of them ends and the next takes its
 * place: a registration burst throws away that list, not every list kept beside the search index.
 */
@Component
class ComingDays {

	private final Generation seats = new Generation();

	/** When the first of the days last kept ends; from then on they are read again. */
	private volatile Instant firstEnds = Instant.MAX;

	long generation(Instant now) {
		if (!now.isBefore(firstEnds)) {
			firstEnds = Instant.MAX;
			seats.changed();
		}
		return seats.get();
	}

	void kept(Instant firstEnds) {
		if (firstEnds.isBefore(this.firstEnds)) {
			this.firstEnds = firstEnds;
		}
	}

	/** A day planned or changed: once it is committed. */
	void changedOnCommit() {
		seats.changedOnCommit();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(RegistrationsChanged changed) {
		seats.changed();
	}
}
