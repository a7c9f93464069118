package dk.spirekassen.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Random;
import java.util.Set;

/**
 * How long the network's measures take at the scale of the sector, off the database: {@code args[0]} projects
 * (10,000 nationally), each tying an owner among 600 organisations, one to five partners among 20,000 (some far more
 * often than others) and a third of them a second organisation. Prints three runs. Run by {@code bench/network.sh}.
 */
public final class NetworkScaleBench {

	private NetworkScaleBench() {
	}

	public static void main(String[] args) {
		int ties = Integer.parseInt(args[0]);
		var random = new Random(1);
		var names = new HashMap<String, String>();
		var list = new ArrayList<Tie>();
		for (int i = 0; i < ties; i++) {
			var actors = new ArrayList<String>();
			actors.add("organisation:" + random.nextInt(600));
			int partners = 1 + random.nextInt(5);
			for (int p = 0; p < partners; p++) {
				// skewed: some partners take part often
				int id = (int) Math.floor(Math.pow(random.nextDouble(), 2) * 20000);
				actors.add("partner:" + id);
			}
			if (random.nextInt(3) == 0) {
				actors.add("organisation:" + random.nextInt(600));
			}
			actors.forEach(a -> names.put(a, a));
			list.add(new Tie("project:" + i, Set.of((long) random.nextInt(10)), Set.of("HOVEDSTADEN"), 2020 + random.nextInt(6), actors));
		}
		for (int run = 0; run < 3; run++) {
			long t0 = System.nanoTime();
			var view = NetworkMeasures.measure(names, list, NetworkFilter.NONE);
			System.out.printf("%d projects: %d actors, %d links, %d communities in %d ms%n", ties, view.actorCount(), view.linkCount(), view.communityCount(), (System.nanoTime() - t0) / 1_000_000);
		}
	}
}
