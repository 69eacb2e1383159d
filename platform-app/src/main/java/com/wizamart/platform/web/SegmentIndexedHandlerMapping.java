package com.wizamart.platform.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mappings, looked up through a tree of their patterns' path segments.
 *
 * <p>For a path that is no mapping's exact path (every path with a vendor code or an id in it), Spring MVC tries
 * each of the ~100 mappings in turn: method, parameters, headers, media types, then the pattern. That was ~7 % of the
 * application's CPU in the checkout benchmark and 6-8 % of a shop list request (ADR 0010). Here, as in Spring MVC,
 * the mappings whose exact path the lookup path is come first, and only when none of them matches the request are the
 * mappings whose patterns agree with the path segment by segment (a literal segment with the same text, a variable
 * with any text) tried: one of ~100 for {@code /api/v1/public/vendors/acme/products}. The tree is conservative: it
 * keeps every mapping one of whose patterns is a prefix of the path, and a wildcard over several segments ends a
 * pattern, so every mapping that can match is tried, and Spring MVC's comparison picks the best of them. Whenever the
 * narrowed lookup would not give a plain answer (no match, a tie, a CORS pre-flight request, an escaped path, which
 * patterns match decoded, or mappings being registered), Spring MVC's own lookup answers, with its errors (404, 405,
 * 415, ...) as before.
 */
final class SegmentIndexedHandlerMapping extends RequestMappingHandlerMapping {

    private volatile @Nullable Index index;
    private final AtomicInteger changing = new AtomicInteger();
    private final LongAdder handedOver = new LongAdder();

    @Override
    protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        if (changing.get() > 0 || lookupPath.indexOf('%') >= 0 || CorsUtils.isPreFlightRequest(request)) {
            return handOver(lookupPath, request);
        }
        Index current = index;
        if (current == null) {
            current = index = Index.of(getHandlerMethods());
        }
        List<Candidate> matches = new ArrayList<>(2);
        List<Candidate> exact = current.exactPaths().get(lookupPath);
        if (exact != null) {
            addMatching(exact, request, matches);
        }
        if (matches.isEmpty()) {
            addMatching(current.tree().candidates(lookupPath), request, matches);
        }
        if (matches.isEmpty()) {
            return handOver(lookupPath, request);
        }
        Candidate best = matches.get(0);
        if (matches.size() > 1) {
            Comparator<RequestMappingInfo> order = getMappingComparator(request);
            matches.sort((a, b) -> order.compare(a.mapping(), b.mapping()));
            best = matches.get(0);
            if (order.compare(best.mapping(), matches.get(1).mapping()) == 0) {
                return handOver(lookupPath, request); // reports the ambiguity
            }
        }
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
        handleMatch(best.mapping(), lookupPath, request);
        return best.handler();
    }

    private void addMatching(List<Candidate> candidates, HttpServletRequest request, List<Candidate> matches) {
        for (Candidate candidate : candidates) {
            RequestMappingInfo match = getMatchingMapping(candidate.mapping(), request);
            if (match != null) {
                matches.add(new Candidate(match, candidate.handler()));
            }
        }
    }

    private @Nullable HandlerMethod handOver(String lookupPath, HttpServletRequest request) throws Exception {
        handedOver.increment();
        return super.lookupHandlerMethod(lookupPath, request);
    }

    /** Spring MVC's own lookup, for tests comparing the two. */
    @Nullable HandlerMethod lookupWithoutIndex(String lookupPath, HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(lookupPath, request);
    }

    /** How many lookups Spring MVC's own lookup answered (tests). */
    long handedOver() {
        return handedOver.sum();
    }

    /** How many mappings are tried for a path that is no mapping's exact path (tests). */
    int candidateCount(String lookupPath) {
        return Node.of(getHandlerMethods()).candidates(lookupPath).size();
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        index = null;
    }

    // While mappings change at runtime, Spring MVC's lookup answers: a lookup holds the registry's read lock, so one
    // that began before the change and still uses the old index ends before the change is made.
    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        changing.incrementAndGet();
        try {
            super.registerMapping(mapping, handler, method);
        }
        finally {
            index = null;
            changing.decrementAndGet();
        }
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        changing.incrementAndGet();
        try {
            super.unregisterMapping(mapping);
        }
        finally {
            index = null;
            changing.decrementAndGet();
        }
    }

    /** The mappings by their exact paths, and the tree of their patterns' segments. */
    private record Index(Map<String, List<Candidate>> exactPaths, Node tree) {

        static Index of(Map<RequestMappingInfo, HandlerMethod> handlers) {
            Map<String, List<Candidate>> exact = new HashMap<>();
            handlers.forEach((mapping, handler) -> mapping.getDirectPaths().forEach(path ->
                    exact.computeIfAbsent(path, p -> new ArrayList<>()).add(new Candidate(mapping, handler))));
            return new Index(exact, Node.of(handlers));
        }
    }

    private record Candidate(RequestMappingInfo mapping, HandlerMethod handler) {
    }

    /**
     * A node of the patterns' segment tree: the mappings whose patterns end here (or go on with a wildcard that may
     * take several segments), the literal segments that follow, and the segments with a variable or a wildcard in
     * them, which take any one segment.
     */
    private static final class Node {

        private final List<Candidate> ending = new ArrayList<>();
        private final Map<String, Node> next = new HashMap<>();
        private @Nullable Node anySegment;

        static Node of(Map<RequestMappingInfo, HandlerMethod> handlers) {
            Node root = new Node();
            handlers.forEach((mapping, handler) -> {
                Candidate candidate = new Candidate(mapping, handler);
                if (mapping.getPatternValues().isEmpty()) {
                    root.ending.add(candidate);
                }
                for (String pattern : mapping.getPatternValues()) {
                    Node node = root;
                    for (String segment : pattern.length() > 1 ? segments(pattern) : List.<String>of()) {
                        if (segment.contains("**") || segment.contains("{*")) {
                            break;
                        }
                        if (segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0) {
                            node = node.anySegment == null ? node.anySegment = new Node() : node.anySegment;
                        }
                        else {
                            node = node.next.computeIfAbsent(segment, s -> new Node());
                        }
                    }
                    node.ending.add(candidate);
                }
            });
            return root;
        }

        /**
         * Every mapping one of whose patterns, read segment by segment, is a prefix of the path's segments (more than
         * can match: a pattern {@code /a} is a candidate for {@code /a/b}), each once.
         */
        List<Candidate> candidates(String path) {
            List<Candidate> found = new ArrayList<>();
            collect(segments(path), 0, found);
            return found;
        }

        private void collect(List<String> segments, int at, List<Candidate> found) {
            for (Candidate candidate : ending) {
                if (found.stream().noneMatch(c -> c == candidate)) { // a mapping with two patterns may come twice
                    found.add(candidate);
                }
            }
            if (at < segments.size()) {
                Node literal = next.get(segments.get(at));
                if (literal != null) {
                    literal.collect(segments, at + 1, found);
                }
                if (anySegment != null) {
                    anySegment.collect(segments, at + 1, found);
                }
            }
        }

        private static List<String> segments(String path) {
            List<String> segments = new ArrayList<>();
            int start = path.startsWith("/") ? 1 : 0;
            while (start <= path.length()) {
                int end = path.indexOf('/', start);
                if (end < 0) {
                    end = path.length();
                }
                segments.add(path.substring(start, end));
                start = end + 1;
            }
            return segments;
        }
    }
}
