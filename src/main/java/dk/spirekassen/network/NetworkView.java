package dk.spirekassen.network;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A measured network: how many actors, links and communities it has, every actor with its measures (most central
 * first), the bridging actors and a drawing of the strongest actors.
 */
public record NetworkView(int actorCount, int linkCount, int communityCount, List<Node> nodes, List<Bridge> bridges,
		Drawing drawing) {

	/** The columns the table may be sorted by. */
	public enum Sort {
		NAME, KIND, COMMUNITY, DEGREE, TOGETHER, BETWEENNESS;

		/** The column asked for by its lower-case name, or betweenness for anything else. */
		public static Sort of(String name) {
			for (var sort : values()) {
				if (sort.name().equalsIgnoreCase(name)) {
					return sort;
				}
			}
			return BETWEENNESS;
		}

		/** Whether this column is sorted largest first. */
		public boolean descending() {
			return this == DEGREE || this == TOGETHER || this == BETWEENNESS;
		}
	}

	/**
	 * One actor: its kind, its community (numbered from 1, largest first), how many actors it is linked to, how many
	 * projects and groups it shares with them counted per link, and its normalised betweenness.
	 */
	public record Node(String key, String name, ActorKind kind, String href, int community, int degree, int together,
			double betweenness) {
	}

	/** An actor that connects, and why. */
	public record Bridge(Node node, List<BridgeReason> reasons) {
	}

	/** A drawing laid out on the server, in the coordinates of its view box. */
	public record Drawing(int width, int height, List<DrawnNode> nodes, List<DrawnLine> lines) {
	}

	/** An actor in the drawing: a circle linking to its profile, coloured by its community. */
	public record DrawnNode(String name, String href, int community, String colour, int x, int y, int radius,
			int degree) {
	}

	/** A link in the drawing, as wide as the projects and groups it stands for. */
	public record DrawnLine(int x1, int y1, int x2, int y2, int weight) {
	}

	static final NetworkView EMPTY = new NetworkView(0, 0, 0, List.of(), List.of(),
			new Drawing(NetworkMeasures.SIZE, NetworkMeasures.SIZE, List.of(), List.of()));

	/** The actor with this key ({@code organisation:N}, {@code partner:N}), if it has a link. */
	public Optional<Node> node(String key) {
		return nodes.stream().filter(n -> n.key().equals(key)).findFirst();
	}

	/** The first {@code limit} actors in the order of a column. */
	public List<Node> sorted(Sort sort, int limit) {
		// A collator is not safe to share between threads.
		var danish = Collator.getInstance(Locale.forLanguageTag("da"));
		Comparator<Node> byName = Comparator.comparing(Node::name, danish::compare);
		Comparator<Node> order = switch (sort) {
			case NAME -> byName;
			case KIND -> Comparator.comparing(Node::kind).thenComparing(byName);
			case COMMUNITY -> Comparator.comparingInt(Node::community).thenComparing(byName);
			case DEGREE -> Comparator.comparingInt(Node::degree).reversed().thenComparing(byName);
			case TOGETHER -> Comparator.comparingInt(Node::together).reversed().thenComparing(byName);
			case BETWEENNESS -> Comparator.comparingDouble(Node::betweenness).reversed().thenComparing(byName);
		};
		return nodes.stream().sorted(order).limit(limit).toList();
	}
}
