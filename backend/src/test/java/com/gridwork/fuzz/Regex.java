package com.gridwork.fuzz;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Strings that match a schema's {@code pattern} as a whole: literals, classes ({@code [A-Z0-9_]}, negated too),
 * {@code \d \w \s \S} and their negations, {@code .}, groups, alternation and the usual quantifiers. Anything else
 * (look-arounds, back-references) is a {@link NoGenerator}, so a new pattern cannot go unfuzzed silently.
 */
final class Regex {
    /** Repetitions beyond the minimum for {@code *}, {@code +} and {@code {n,}}. */
    private static final int OPEN_REPEAT = 6;

    private static final int[] PRINTABLE = IntStream.rangeClosed(0x20, 0x7e).toArray();
    /** A few CJK characters, so that "anything but" classes are not only ASCII. */
    private static final int[] CJK = "社区网格张伟幸福里".codePoints().toArray();

    private final String pattern;
    private int pos;

    private Regex(String pattern) {
        this.pattern = pattern;
    }

    static Gen<String> strings(String pattern) {
        Regex regex = new Regex(pattern);
        if (regex.peek('^')) {
            regex.pos++;
        }
        Gen<String> gen = regex.alternation();
        if (regex.peek('$')) {
            regex.pos++;
        }
        if (regex.pos != pattern.length()) {
            throw regex.unsupported();
        }
        return gen;
    }

    private Gen<String> alternation() {
        List<Gen<String>> branches = new ArrayList<>();
        branches.add(sequence());
        while (peek('|')) {
            pos++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Gen<Integer> which = Generate.range(0, branches.size() - 1);
        return rs -> branches.get(which.generate(rs)).generate(rs);
    }

    private Gen<String> sequence() {
        List<Gen<String>> parts = new ArrayList<>();
        while (pos < pattern.length() && !peek('|') && !peek(')') && !(peek('$') && pos == pattern.length() - 1)) {
            parts.add(quantified(atom()));
        }
        return rs -> {
            StringBuilder sb = new StringBuilder();
            parts.forEach(p -> sb.append(p.generate(rs)));
            return sb.toString();
        };
    }

    private Gen<String> quantified(Gen<String> atom) {
        int min = 1;
        int max = 1;
        if (peek('?')) {
            min = 0;
            pos++;
        } else if (peek('*')) {
            min = 0;
            max = OPEN_REPEAT;
            pos++;
        } else if (peek('+')) {
            max = 1 + OPEN_REPEAT;
            pos++;
        } else if (peek('{')) {
            int close = pattern.indexOf('}', pos);
            if (close < 0) {
                throw unsupported();
            }
            String[] bounds = pattern.substring(pos + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + OPEN_REPEAT : Integer.parseInt(bounds[1]);
            } catch (NumberFormatException e) {
                throw unsupported();
            }
            pos = close + 1;
        }
        if (peek('?') || peek('+')) {
            throw unsupported(); // lazy and possessive quantifiers
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        Gen<Integer> count = Generate.range(min, max);
        return rs -> {
            int n = count.generate(rs);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(atom.generate(rs));
            }
            return sb.toString();
        };
    }

    private Gen<String> atom() {
        char c = pattern.charAt(pos++);
        switch (c) {
            case '(' -> {
                if (pattern.startsWith("?:", pos)) {
                    pos += 2;
                } else if (peek('?')) {
                    throw unsupported();
                }
                Gen<String> group = alternation();
                if (!peek(')')) {
                    throw unsupported();
                }
                pos++;
                return group;
            }
            case '[' -> {
                return oneOf(charClass());
            }
            case '\\' -> {
                return oneOf(escape(pattern.charAt(pos++)));
            }
            case '.' -> {
                return oneOf(set(PRINTABLE));
            }
            case '*', '+', '?', '{', ')', '^', '$', '|' -> throw unsupported();
            default -> {
                return Generate.constant(String.valueOf(c));
            }
        }
    }

    private Set<Integer> charClass() {
        boolean negated = peek('^');
        if (negated) {
            pos++;
        }
        Set<Integer> members = new LinkedHashSet<>();
        boolean first = true;
        while (pos < pattern.length() && (first || !peek(']'))) {
            first = false;
            char c = pattern.charAt(pos++);
            if (c == '\\') {
                char e = pattern.charAt(pos++);
                if ("dDwWsS".indexOf(e) >= 0) {
                    members.addAll(escape(e));
                    continue;
                }
                c = e;
            } else if (c == '[') {
                throw unsupported(); // nested classes and POSIX names
            }
            if (peek('-') && pos + 1 < pattern.length() && pattern.charAt(pos + 1) != ']') {
                char end = pattern.charAt(pos + 1);
                pos += 2;
                for (int x = c; x <= end; x++) {
                    members.add(x);
                }
            } else {
                members.add((int) c);
            }
        }
        if (!peek(']')) {
            throw unsupported();
        }
        pos++;
        return negated ? complement(members) : members;
    }

    private Set<Integer> escape(char e) {
        return switch (e) {
            case 'd' -> range('0', '9');
            case 'w' -> {
                Set<Integer> w = range('a', 'z');
                w.addAll(range('A', 'Z'));
                w.addAll(range('0', '9'));
                w.add((int) '_');
                yield w;
            }
            case 's' -> set(new int[] {' ', '\t'});
            case 'D' -> complement(escape('d'));
            case 'W' -> complement(escape('w'));
            case 'S' -> complement(escape('s'));
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    pos--;
                    throw unsupported(); // \b, \p{..}, \1 ...
                }
                yield set(new int[] {e});
            }
        };
    }

    private static Set<Integer> complement(Set<Integer> excluded) {
        Set<Integer> result = new LinkedHashSet<>();
        IntStream.concat(IntStream.of(PRINTABLE), IntStream.of(CJK))
                .filter(c -> !excluded.contains(c))
                .forEach(result::add);
        return result;
    }

    private static Set<Integer> range(char from, char to) {
        return set(IntStream.rangeClosed(from, to).toArray());
    }

    private static Set<Integer> set(int[] codePoints) {
        Set<Integer> result = new LinkedHashSet<>();
        IntStream.of(codePoints).forEach(result::add);
        return result;
    }

    private Gen<String> oneOf(Set<Integer> codePoints) {
        if (codePoints.isEmpty()) {
            throw unsupported();
        }
        List<Integer> list = List.copyOf(codePoints);
        return Generate.pick(list).map(cp -> Character.toString(cp.intValue()));
    }

    private boolean peek(char c) {
        return pos < pattern.length() && pattern.charAt(pos) == c;
    }

    private NoGenerator unsupported() {
        return new NoGenerator("pattern " + pattern + " (at " + pos + ")");
    }
}
