package dk.spirekassen.network;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.spirekassen.shared.SearchFields;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Betweenness is exact in a network of up to {@link NetworkMeasures#BETWEENNESS_ACTORS} actors, and counted only among
 * that many of the most connected in a larger one: a weakly tied actor outside them is 0, however much it bridges.
 */
class NetworkMeasuresTests {

	@Test
	void aWeakBridgeCountsInASmallNetwork() {
		var view = bridgedChain(10);
		assertThat(view.actorCount()).isEqualTo(12);
		assertThat(view.node(weakBridge()).orElseThrow().betweenness()).isPositive();
	}

	@Test
	void inALargeNetworkBetweennessIsCountedAmongTheMostConnectedOnly() {
		int chain = NetworkMeasures.BETWEENNESS_ACTORS + 100;
		var view = bridgedChain(chain);
		assertThat(view.actorCount()).isEqualTo(chain + 2);
		assertThat(view.node(weakBridge()).orElseThrow().betweenness())
			.as("the only way to the leaf, but among the least connected").isZero();
		assertThat(view.nodes().stream().filter(n -> n.betweenness() > 0).count())
			.isLessThanOrEqualTo(NetworkMeasures.BETWEENNESS_ACTORS)
			.isPositive();
		assertThat(view.node(SearchFields.organisation(chain / 2)).orElseThrow().betweenness())
			.as("the middle of the strongly tied chain").isPositive();
	}

	/**
	 * A chain of organisations tied three times each, one end of which reaches a leaf only through a partner tied once
	 * to each.
	 */
	private static NetworkView bridgedChain(int length) {
		Map<String, String> names = new HashMap<>();
		List<Tie> ties = new ArrayList<>();
		for (int i = 0; i < length; i++) {
			names.put(SearchFields.organisation(i), "Organisation " + i);
			if (i > 0) {
				for (int times = 0; times < 3; times++) {
					ties.add(tie(SearchFields.organisation(i - 1), SearchFields.organisation(i)));
				}
			}
		}
		names.put(weakBridge(), "Broen");
		names.put(SearchFields.partner(2), "Bladet");
		ties.add(tie(SearchFields.organisation(0), weakBridge()));
		ties.add(tie(weakBridge(), SearchFields.partner(2)));
		return NetworkMeasures.measure(names, ties, NetworkFilter.NONE);
	}

	private static String weakBridge() {
		return SearchFields.partner(1);
	}

	private static Tie tie(String a, String b) {
		return new Tie("project:" + a + b, Set.of(), Set.of("HOVEDSTADEN"), 2024, List.of(a, b));
	}
}
