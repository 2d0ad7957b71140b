package se.kvarter.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Reads YAML 1.2 text into {@link YamlNode}s that know their line and column in the content
 * file. Syntax errors, duplicate keys and documents that are too large or too deep become
 * content errors instead of exceptions.
 */
public final class YamlReader {

    /** More nodes than this (after expanding aliases) is refused: no real content needs it. */
    static final int MAX_NODES = 20_000;
    /** Deeper nesting than this is refused: content needs four or five levels. */
    static final int MAX_DEPTH = 40;
    private static final int MAX_ALIASES = 20;
    private static final int MAX_CODE_POINTS = 1_000_000;
    /** Mistakes reported where they begin (the parser's context mark) rather than where the parser gave up. */
    private static final java.util.Set<String> STARTS_AT_CONTEXT = java.util.Set.of("yaml.unclosed-quote",
            "yaml.missing-colon", "yaml.unclosed-bracket");

    /**
     * Reads one YAML document that must be a mapping.
     *
     * @param file       the path shown in messages
     * @param text       the YAML text
     * @param firstLine  the 1-based line of the file where {@code text} starts
     * @return the mapping, or empty when the text had errors (they are added to {@code problems})
     */
    public Optional<YamlNode.Mapping> readMapping(String file, String text, int firstLine, Problems problems) {
        Optional<YamlNode> node = read(file, text, firstLine, problems);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping mapping) {
            return Optional.of(mapping);
        }
        if (node.get() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return Optional.of(new YamlNode.Mapping(List.of(), new Position(file, firstLine, 1)));
        }
        problems.add(node.get().at(), "yaml.not-mapping");
        return Optional.empty();
    }

    private Optional<YamlNode> read(String file, String text, int firstLine, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(true) // reported by us, with both positions
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(true) // reported by us as yaml.complex-key, with the key's position
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        Optional<ContentError> lookalike = YamlHints.lookalikeIndentation(file, text, firstLine);
        if (lookalike.isPresent()) {
            problems.add(lookalike.get());
            return Optional.empty();
        }
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                return Optional.of(new YamlNode.Scalar("", true, new Position(file, firstLine, 1)));
            }
            Converter converter = new Converter(file, firstLine, problems);
            YamlNode converted = converter.convert(root.get(), 0);
            return converter.failed ? Optional.empty() : Optional.of(converted);
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark().or(e::getContextMark)
                    .map(mark -> position(file, firstLine, mark))
                    .orElse(new Position(file, firstLine, 1));
            ContentError error = syntaxError(at, e.getProblem());
            if (STARTS_AT_CONTEXT.contains(error.key()) && e.getContextMark().isPresent()) {
                // the parser notices these only on a later line (often the closing ---); the mistake is
                // where the quote, the bracket or the line without a colon began
                error = ContentError.of(position(file, firstLine, e.getContextMark().get()), error.key());
            }
            if ((error.key().equals("yaml.indentation") || error.key().equals("yaml.syntax")) && e.getProblemMark().isPresent()) {
                // A quote left open is closed by the next quote, lines later, where the parser then fails.
                Optional<Position> quote = YamlHints.openQuote(file, text, firstLine, e.getProblemMark().get().getLine());
                if (quote.isPresent()) {
                    error = ContentError.of(quote.get(), "yaml.unclosed-quote");
                }
            }
            problems.add(error);
        } catch (ReaderException e) {
            // a control character (often pasted from a word processor) that YAML does not allow
            problems.add(positionOfCodePoint(file, firstLine, text, e.getPosition()), "yaml.bad-character",
                    String.format("U+%04X", e.getCodePoint()));
        } catch (YamlEngineException e) {
            // thrown without a mark for limits such as the number of aliases or the size
            problems.add(new Position(file, firstLine, 1), "yaml.too-complex");
        } catch (StackOverflowError e) {
            // the parser recurses per nesting level; absurd nesting must not crash the build
            problems.add(new Position(file, firstLine, 1), "yaml.too-complex");
        }
        return Optional.empty();
    }

    /** The line and column of the code point at {@code index} in {@code text}. */
    private static Position positionOfCodePoint(String file, int firstLine, String text, int index) {
        int line = firstLine;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < index; i = text.offsetByCodePoints(i, 1), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(file, line, column);
    }

    static Position position(String file, int firstLine, Mark mark) {
        return new Position(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /** Turns the parser's problem into one of our plain sentences. */
    private static ContentError syntaxError(Position at, String problem) {
        String p = problem == null ? "" : problem;
        if (p.contains("mapping values are not allowed")) {
            return ContentError.of(at, "yaml.colon-in-value");
        }
        if (p.contains("\\t(TAB)") || p.contains("'\\t'") || p.contains("tab")) {
            return ContentError.of(at, "yaml.tab");
        }
        if (p.contains("could not find expected ':'")) {
            return ContentError.of(at, "yaml.missing-colon");
        }
        if (p.contains("found unexpected end of stream") || p.contains("found unexpected document separator")) {
            return ContentError.of(at, "yaml.unclosed-quote");
        }
        if (p.contains("found undefined alias") || p.contains("found undefined anchor")
                || p.contains("found *(42)") || p.contains("character found *")) {
            return ContentError.of(at, "yaml.unknown-alias");
        }
        if (p.contains("expected ',' or '}'") || p.contains("expected ',' or ']'")) {
            return ContentError.of(at, "yaml.unclosed-bracket");
        }
        if (p.contains("expected <block end>")) {
            return ContentError.of(at, "yaml.indentation");
        }
        return ContentError.of(at, "yaml.syntax", p);
    }

    /** Copies snakeyaml's node tree into ours, bounded in size and depth. */
    private static final class Converter {
        private final String file;
        private final int firstLine;
        private final Problems problems;
        private int nodes;
        private boolean failed;

        Converter(String file, int firstLine, Problems problems) {
            this.file = file;
            this.firstLine = firstLine;
            this.problems = problems;
        }

        YamlNode convert(Node node, int depth) {
            Position at = node.getStartMark().map(m -> position(file, firstLine, m))
                    .orElse(new Position(file, firstLine, 1));
            if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
                if (!failed) {
                    problems.add(at, "yaml.too-complex");
                }
                failed = true;
                return new YamlNode.Scalar("", true, at);
            }
            if (node instanceof ScalarNode scalar) {
                return new YamlNode.Scalar(scalar.getValue(), scalar.getScalarStyle() == ScalarStyle.PLAIN, at);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                return new YamlNode.Sequence(items, at);
            }
            MappingNode mapping = (MappingNode) node;
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Position> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                YamlNode key = convert(tuple.getKeyNode(), depth + 1);
                YamlNode value = convert(tuple.getValueNode(), depth + 1);
                if (!(key instanceof YamlNode.Scalar scalarKey)) {
                    problems.add(key.at(), "yaml.complex-key");
                    failed = true;
                    continue;
                }
                Position first = seen.putIfAbsent(scalarKey.value(), key.at());
                if (first != null) {
                    problems.add(key.at(), "yaml.duplicate-key", scalarKey.value(), String.valueOf(first.line()));
                    failed = true;
                    continue;
                }
                entries.add(new YamlNode.Entry(scalarKey, value));
            }
            return new YamlNode.Mapping(entries, at);
        }
    }
}
