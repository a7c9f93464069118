package dk.spirekassen.network;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one node at a time: if the projects, groups or actors changed since the stored networks (a cheap
 * count of the tables), the networks of every audience are computed again and stored for every node to serve.
 */
@Component
class NetworkRebuilds {

	static final String JOB = "network-rebuild";

	private final NetworkManagement network;

	NetworkRebuilds(NetworkManagement network) {
		this.network = network;
	}

	@Scheduled(initialDelayString = "${spirekassen.network.first-check:PT20S}",
			fixedDelayString = "${spirekassen.network.check-every:PT1M}")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	public void rebuildIfChanged() {
		network.rebuildIfChanged();
	}
}
