package dk.spirekassen.network;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import dk.spirekassen.network.NetworkView.Bridge;
import dk.spirekassen.network.NetworkView.Drawing;
import dk.spirekassen.network.NetworkView.DrawnLine;
import dk.spirekassen.network.NetworkView.DrawnNode;
import dk.spirekassen.network.NetworkView.Node;
import dk.spirekassen.shared.SearchFields;

/**
 * Measures a network with JGraphT. Two actors are linked when they share a project or a group, weighted by how many
 * they share. Betweenness counts shortest paths by links, not by weight (a weight is a strength, not a distance).
 * Communities come from label propagation with a fixed seed, so the same ties give the same communities and the
 * same drawing.
 */
final class NetworkMeasures {

	/** The most connected actors among whom betweenness is counted ({@link #betweenness}). */
	static final int BETWEENNESS_ACTORS = 500;


	/** The side of the drawing's square view box. */
	static final int SIZE = 1000;

	/** The most actors drawn: the strongest by shared projects and groups. */
	static final int DRAWN = 150;

	/** The bridging actors listed. */
	static final int BRIDGES = 10;

	/** Colours of the communities in the drawing (dark enough against white); later communities share the grey. */
	static final List<String> COLOURS = List.of("#1f5f99", "#b3461b", "#2e7d32", "#7b3f9e", "#a1266b", "#00695c",
			"#8a5a00", "#3949ab", "#c62828", "#4e6b1f");

	static final String OTHER_COLOUR = "#5f6368";

	private static final long SEED = 20071120L;

	private NetworkMeasures() {
	}

	static NetworkView measure(Map<String, String> names, List<Tie> ties, NetworkFilter filter) {
		var graph = new SimpleWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
		var regions = new HashMap<String, Set<String>>();
		for (var tie : ties) {
			if (!filter.admits(tie)) {
				continue;
			}
			var actors = new ArrayList<>(new TreeSet<>(tie.actors()));
			actors.removeIf(actor -> !names.containsKey(actor));
			if (actors.size() < 2) {
				continue;
			}
			for (int i = 0; i < actors.size(); i++) {
				var a = actors.get(i);
				graph.addVertex(a);
				regions.computeIfAbsent(a, key -> new TreeSet<>()).addAll(tie.regions());
				for (int j = i + 1; j < actors.size(); j++) {
					var b = actors.get(j);
					graph.addVertex(b);
					var edge = graph.getEdge(a, b);
					if (edge == null) {
						graph.setEdgeWeight(graph.addEdge(a, b), 1);
					}
					else {
						graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + 1);
					}
				}
			}
		}
		if (graph.vertexSet().isEmpty()) {
			return NetworkView.EMPTY;
		}
		var betweenness = betweenness(graph);
		var community = communities(graph);
		var nodes = new ArrayList<Node>();
		var byKey = new HashMap<String, Node>();
		for (var actor : graph.vertexSet()) {
			int together = (int) graph.edgesOf(actor).stream().mapToDouble(graph::getEdgeWeight).sum();
			var node = new Node(actor, names.get(actor), kind(actor), href(actor), community.get(actor),
					graph.degreeOf(actor), together, betweenness.getOrDefault(actor, 0.0));
			nodes.add(node);
			byKey.put(actor, node);
		}
		nodes.sort(Comparator.comparingDouble(Node::betweenness).reversed().thenComparing(Node::key));
		int communities = community.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		return new NetworkView(nodes.size(), graph.edgeSet().size(), communities, List.copyOf(nodes),
				bridges(graph, nodes, byKey, regions), drawing(graph, nodes));
	}

	/**
	 * Betweenness, normalised, counted by links. Exact betweenness costs the actors times the links (Brandes), minutes
	 * for the whole sector; so it is counted among the {@link #BETWEENNESS_ACTORS} actors with the most shared work,
	 * where the bridges are, and is 0 for the rest.
	 */
	private static Map<String, Double> betweenness(Graph<String, DefaultWeightedEdge> graph) {
		if (graph.vertexSet().size() <= BETWEENNESS_ACTORS) {
			return new BetweennessCentrality<>(new AsUnweightedGraph<>(graph), true).getScores();
		}
		var strongest = graph.vertexSet()
			.stream()
			.sorted(Comparator.comparingDouble((String actor) -> -graph.edgesOf(actor)
				.stream()
				.mapToDouble(graph::getEdgeWeight)
				.sum()).thenComparing(Comparator.naturalOrder()))
			.limit(BETWEENNESS_ACTORS)
			.collect(java.util.stream.Collectors.toSet());
		// A copy, not a view: a subgraph view filters every actor's links each time Brandes asks for them.
		var core = new org.jgrapht.graph.SimpleGraph<String, org.jgrapht.graph.DefaultEdge>(
				org.jgrapht.graph.DefaultEdge.class);
		strongest.forEach(core::addVertex);
		for (var edge : graph.edgeSet()) {
			var a = graph.getEdgeSource(edge);
			var b = graph.getEdgeTarget(edge);
			if (strongest.contains(a) && strongest.contains(b)) {
				core.addEdge(a, b);
			}
		}
		return new BetweennessCentrality<>(core, true).getScores();
	}

	/** Each actor's community, numbered from 1 by size (largest first). */
	private static Map<String, Integer> communities(Graph<String, DefaultWeightedEdge> graph) {
		var clusters = new ArrayList<>(
				new LabelPropagationClustering<>(graph, new Random(SEED)).getClustering().getClusters());
		clusters.sort(Comparator.<Set<String>>comparingInt(Set::size)
			.reversed()
			.thenComparing(cluster -> new TreeSet<>(cluster).first()));
		var community = new HashMap<String, Integer>();
		for (int i = 0; i < clusters.size(); i++) {
			for (var actor : clusters.get(i)) {
				community.put(actor, i + 1);
			}
		}
		return community;
	}

	/**
	 * The actors on shortest paths between others (betweenness above 0) whose links reach several communities, join
	 * organisations with partners or come from several regions; the most between first.
	 */
	private static List<Bridge> bridges(Graph<String, DefaultWeightedEdge> graph, List<Node> nodes,
			Map<String, Node> byKey, Map<String, Set<String>> regions) {
		var bridges = new ArrayList<Bridge>();
		for (var node : nodes) {
			if (bridges.size() == BRIDGES || node.betweenness() <= 0) {
				break;
			}
			var communities = new HashSet<Integer>();
			communities.add(node.community());
			var kinds = EnumSet.noneOf(ActorKind.class);
			for (var edge : graph.edgesOf(node.key())) {
				var other = byKey.get(Graphs.getOppositeVertex(graph, edge, node.key()));
				communities.add(other.community());
				kinds.add(other.kind());
			}
			var reasons = new ArrayList<BridgeReason>();
			if (communities.size() >= 2) {
				reasons.add(BridgeReason.COMMUNITIES);
			}
			if (kinds.size() == 2) {
				reasons.add(BridgeReason.SECTOR);
			}
			if (regions.getOrDefault(node.key(), Set.of()).size() >= 2) {
				reasons.add(BridgeReason.REGIONS);
			}
			if (!reasons.isEmpty()) {
				bridges.add(new Bridge(node, List.copyOf(reasons)));
			}
		}
		return List.copyOf(bridges);
	}

	/** The strongest actors laid out by force (Fruchterman–Reingold) in the view box, with the links among them. */
	private static Drawing drawing(Graph<String, DefaultWeightedEdge> graph, List<Node> nodes) {
		var strongest = nodes.stream()
			.sorted(Comparator.comparingInt(Node::together)
				.reversed()
				.thenComparing(Comparator.comparingDouble(Node::betweenness).reversed())
				.thenComparing(Node::key))
			.limit(DRAWN)
			.toList();
		var drawn = new LinkedHashSet<String>();
		strongest.forEach(node -> drawn.add(node.key()));
		var subgraph = new AsSubgraph<>(graph, drawn);
		var model = new MapLayoutModel2D<String>(new Box2D(SIZE, SIZE));
		new FRLayoutAlgorithm2D<String, DefaultWeightedEdge>(100, 0.5, new Random(SEED)).layout(subgraph, model);
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (var key : drawn) {
			var point = model.get(key);
			minX = Math.min(minX, point.getX());
			minY = Math.min(minY, point.getY());
			maxX = Math.max(maxX, point.getX());
			maxY = Math.max(maxY, point.getY());
		}
		int margin = 30;
		double spanX = Math.max(maxX - minX, 1), spanY = Math.max(maxY - minY, 1);
		var x = new HashMap<String, Integer>();
		var y = new HashMap<String, Integer>();
		for (var key : drawn) {
			var point = model.get(key);
			x.put(key, (int) Math.round(margin + (point.getX() - minX) / spanX * (SIZE - 2 * margin)));
			y.put(key, (int) Math.round(margin + (point.getY() - minY) / spanY * (SIZE - 2 * margin)));
		}
		var lines = new ArrayList<DrawnLine>();
		for (var edge : subgraph.edgeSet()) {
			var a = subgraph.getEdgeSource(edge);
			var b = subgraph.getEdgeTarget(edge);
			lines.add(new DrawnLine(x.get(a), y.get(a), x.get(b), y.get(b), (int) subgraph.getEdgeWeight(edge)));
		}
		var drawnNodes = strongest.stream()
			.map(node -> new DrawnNode(node.name(), node.href(), node.community(), colour(node.community()),
					x.get(node.key()), y.get(node.key()), (int) Math.min(18, 6 + Math.round(2 * Math.sqrt(node.together()))),
					node.degree()))
			.toList();
		return new Drawing(SIZE, SIZE, drawnNodes, List.copyOf(lines));
	}

	static String colour(int community) {
		return community >= 1 && community <= COLOURS.size() ? COLOURS.get(community - 1) : OTHER_COLOUR;
	}

	private static ActorKind kind(String actor) {
		return SearchFields.organisationIn(actor) != null ? ActorKind.ORGANISATION : ActorKind.PARTNER;
	}

	private static String href(String actor) {
		var organisation = SearchFields.organisationIn(actor);
		return organisation != null ? "/organisationer/" + organisation : "/partnere/" + SearchFields.partnerIn(actor);
	}
}
