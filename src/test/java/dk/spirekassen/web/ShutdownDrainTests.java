package dk.spirekassen.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that is told to stop first refuses traffic on its readiness, then keeps serving for the drain, and only
 * then lets the web server's graceful shutdown begin.
 */
class ShutdownDrainTests {

	/** Spring Boot's web server graceful shutdown lifecycle: SmartLifecycle.DEFAULT_PHASE - 1024. */
	private static final int WEB_SERVER_GRACEFUL_SHUTDOWN_PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

	@Test
	void refusesTrafficThenWaitsTheDrainBeforeTheWebServerStops() {
		var published = new ArrayList<Object>();
		var drain = new ShutdownDrain(published::add, Duration.ofMillis(300));
		drain.start();
		assertThat(drain.isRunning()).isTrue();
		assertThat(drain.getPhase()).as("stopped before the web server").isGreaterThan(WEB_SERVER_GRACEFUL_SHUTDOWN_PHASE);

		long started = System.nanoTime();
		drain.stop();
		long tookMs = (System.nanoTime() - started) / 1_000_000;

		assertThat(drain.isRunning()).isFalse();
		assertThat(states(published)).containsExactly(ReadinessState.REFUSING_TRAFFIC);
		assertThat(tookMs).as("served on for the drain").isGreaterThanOrEqualTo(300);
	}

	@Test
	void noDrainGoesStraightOn() {
		var published = new ArrayList<Object>();
		var drain = new ShutdownDrain(published::add, Duration.ZERO);
		drain.start();
		drain.stop();
		assertThat(published).isEmpty();
	}

	private static List<Object> states(List<Object> published) {
		return published.stream()
			.filter(AvailabilityChangeEvent.class::isInstance)
			.map(event -> (Object) ((AvailabilityChangeEvent<?>) event).getState())
			.toList();
	}
}
