package com.wizamart.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;

import com.wizamart.sharedkernel.DomainException;

/**
 * Every {@code errorCode} the code base can answer, read from the compiled classes of {@code com.wizamart} (main
 * code of every module, not tests), so that a code added anywhere later is found without telling anyone.
 *
 * <p>A code is made in one of two places: a {@link DomainException} constructor (with its {@link DomainException.Kind})
 * or {@link Problems#of} (with its {@link HttpStatus}); and {@link Problems#codeOf} names plain statuses. The scan
 * follows each call's {@code errorCode} argument back to where it comes from (with ASM's data-flow analysis): a string
 * constant is a code; a parameter of the calling method makes that method a maker of codes in turn (the module
 * exceptions' factories and constructors, {@code UnavailableException}, ...), whose callers are followed the same way;
 * an exception's own {@code errorCode()} or a status's {@code codeOf} passes on a code made elsewhere. Anything else
 * (a code put together at run time) cannot be walked and is reported as a violation.
 */
final class ErrorCodeScan {

    private static final String DOMAIN_EXCEPTION = "com/wizamart/sharedkernel/DomainException";
    private static final String KIND = DOMAIN_EXCEPTION + "$Kind";
    private static final String PROBLEMS = "com/wizamart/platform/web/Problems";
    private static final String HTTP_STATUS = "org/springframework/http/HttpStatus";

    /**
     * A code the code base answers.
     *
     * @param code   the {@code errorCode}.
     * @param kind   the kind of domain failure it is made with, or {@literal null}.
     * @param status the HTTP status it is made with, or {@literal null} ({@code kind} decides, or neither is known).
     * @param origin the class and method that make it.
     */
    record Produced(String code, DomainException.@Nullable Kind kind, @Nullable HttpStatus status, String origin) {

        /** The HTTP status it answers with, {@literal null} when the scan cannot tell. */
        @Nullable HttpStatus httpStatus() {
            return kind != null ? Problems.statusOf(kind) : status;
        }
    }

    /**
     * What the scan found.
     *
     * @param produced   every code with each way it is made.
     * @param makers     the methods (owner.name+descriptor) that take a code as a parameter, e.g.
     *                   {@code IdentityException.conflict}: their own callers name the codes.
     * @param violations codes that cannot be walked (put together at run time), one line each.
     */
    record Result(Set<Produced> produced, Set<String> makers, List<String> violations) {

        /** The codes, each with the HTTP statuses it is made with (a status {@literal null} when unknown). */
        Map<String, Set<HttpStatus>> statusesByCode() {
            Map<String, Set<HttpStatus>> result = new TreeMap<>();
            produced.forEach(p -> result.computeIfAbsent(p.code(), c -> new LinkedHashSet<>()).add(p.httpStatus()));
            return result;
        }
    }

    /** Where a value comes from. */
    private sealed interface Source {
    }

    /** A string constant. */
    private record Text(String value) implements Source {
    }

    /** A parameter of the method (index among its declared parameters). */
    private record Param(int index) implements Source {
    }

    /** A {@code DomainException.Kind} constant. */
    private record KindConstant(String name) implements Source {
    }

    /** An {@code HttpStatus} constant. */
    private record StatusConstant(String name) implements Source {
    }

    /** A code made elsewhere, passed on ({@code errorCode()}, {@code codeOf}). */
    private record PassedOn() implements Source {
    }

    /** Neither a constant nor a parameter. */
    private record Computed(String what) implements Source {
    }

    /** A method that makes a code: where its code and its kind or status come from. */
    private record Maker(Source code, Source status) {
    }

    /** The status of a maker that is given none ({@code Problems.complete}: the problem has it already). */
    private static final Source NO_STATUS = new Computed("a status the maker is not given");

    private final Map<String, ClassNode> classes;
    private final Map<String, Set<Maker>> makers = new HashMap<>();
    private final Map<MethodNode, Frame<SourceValue>[]> frames = new HashMap<>();

    private ErrorCodeScan(Map<String, ClassNode> classes) {
        this.classes = classes;
        String kinded = "(L" + KIND + ";Ljava/lang/String;Ljava/lang/String;";
        Maker codeAndKind = new Maker(new Param(1), new Param(0));
        addMaker(DOMAIN_EXCEPTION + ".<init>" + kinded + ")V", codeAndKind);
        addMaker(DOMAIN_EXCEPTION + ".<init>" + kinded + "Ljava/util/Map;)V", codeAndKind);
        addMaker(PROBLEMS + ".of(Lorg/springframework/http/HttpStatusCode;Ljava/lang/String;Ljava/lang/String;)"
                + "Lorg/springframework/http/ProblemDetail;", codeAndKind);
        addMaker(PROBLEMS + ".complete(Lorg/springframework/http/ProblemDetail;Ljava/lang/String;)"
                + "Lorg/springframework/http/ProblemDetail;", new Maker(new Param(1), NO_STATUS));
    }

    /** Scans the main classes of every module on the class path. */
    static Result ofClassPath() {
        return of(load("classpath*:com/wizamart/**/*.class"));
    }

    static Result of(Map<String, ClassNode> classes) {
        return new ErrorCodeScan(classes).scan();
    }

    /** The classes of the resources matching the pattern, leaving out test classes. */
    static Map<String, ClassNode> load(String pattern) {
        return load(pattern, false);
    }

    /** The classes of the resources matching the pattern, test classes too if asked (planted violations). */
    static Map<String, ClassNode> load(String pattern, boolean tests) {
        Map<String, ClassNode> classes = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                if (!tests && resource.getURL().toString().contains("/test-classes/")) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    ClassNode node = new ClassNode();
                    new ClassReader(in).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                    classes.put(node.name, node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private Result scan() {
        Set<Produced> produced = new LinkedHashSet<>();
        Set<String> violations = new LinkedHashSet<>();
        boolean grown = true;
        while (grown) {
            grown = false;
            for (ClassNode type : classes.values()) {
                for (MethodNode method : type.methods) {
                    grown |= scan(type, method, produced, violations);
                }
            }
        }
        Map<String, HttpStatus> plain = new LinkedHashMap<>();
        for (HttpStatus status : HttpStatus.values()) {
            if (status.value() >= 400) {
                plain.putIfAbsent(Problems.codeOf(status), status);
            }
        }
        plain.forEach((code, status) -> produced.add(new Produced(code, null, HttpStatus.valueOf(status.value()),
                "Problems.codeOf")));
        Set<String> makerNames = new LinkedHashSet<>();
        makers.forEach((method, made) -> {
            if (made.stream().anyMatch(m -> m.code() instanceof Param)) {
                makerNames.add(method);
            }
        });
        return new Result(produced, makerNames, List.copyOf(violations));
    }

    /** @return whether a new maker of codes was found. */
    private boolean scan(ClassNode type, MethodNode method, Set<Produced> produced, Set<String> violations) {
        boolean grown = false;
        String self = type.name + "." + method.name + method.desc;
        String origin = type.name.substring(type.name.lastIndexOf('/') + 1) + "." + method.name;
        for (AbstractInsnNode insn : method.instructions) {
            if (!(insn instanceof MethodInsnNode call)) {
                continue;
            }
            Set<Maker> targets = makers.get(call.owner + "." + call.name + call.desc);
            if (targets == null) {
                continue;
            }
            Frame<SourceValue>[] flow = framesOf(type, method);
            Frame<SourceValue> frame = flow[method.instructions.indexOf(call)];
            if (frame == null) {
                continue; // unreachable
            }
            int arguments = Type.getArgumentTypes(call.desc).length;
            int first = frame.getStackSize() - arguments;
            for (Maker target : List.copyOf(targets)) {
                Set<Source> statuses = resolve(target.status(), method, flow, frame, first);
                for (Source code : resolve(target.code(), method, flow, frame, first)) {
                    if (code instanceof Computed computed) {
                        violations.add(origin + " makes an errorCode that is no constant (" + computed.what()
                                + "): write the code as a string constant");
                        continue;
                    }
                    for (Source status : statuses) {
                        if (code instanceof Param || code instanceof Text && status instanceof Param) {
                            // the caller decides the code or its kind: this method makes codes in turn
                            grown |= addMaker(self, new Maker(code, status));
                        } else if (code instanceof Text text) {
                            produced.add(new Produced(text.value(), status instanceof KindConstant k
                                    ? DomainException.Kind.valueOf(k.name()) : null,
                                    status instanceof StatusConstant h ? statusNamed(h.name()) : null, origin));
                        }
                    }
                }
            }
        }
        return grown;
    }

    /**
     * Records that the method makes codes this way. A way that does not know the status adds nothing to one with the
     * same code that does ({@code Problems.of} passes its code on to {@code complete}, which is given no status).
     *
     * @return whether the way is new.
     */
    private boolean addMaker(String method, Maker maker) {
        Set<Maker> known = makers.computeIfAbsent(method, m -> new LinkedHashSet<>());
        boolean unknownStatus = maker.status() instanceof Computed;
        if (known.contains(maker) || unknownStatus && known.stream()
                .anyMatch(m -> m.code().equals(maker.code()) && !(m.status() instanceof Computed))) {
            return false;
        }
        if (!unknownStatus) {
            known.removeIf(m -> m.code().equals(maker.code()) && m.status() instanceof Computed);
        }
        return known.add(maker);
    }

    /** Where the maker's source comes from at this call: a constant of the maker, or the call's argument. */
    private Set<Source> resolve(Source source, MethodNode method, Frame<SourceValue>[] flow, Frame<SourceValue> frame,
                                int first) {
        if (source instanceof Param param) {
            return trace(method, flow, frame.getStack(first + param.index()), new LinkedHashSet<>());
        }
        return Set.of(source);
    }

    private Set<Source> trace(MethodNode method, Frame<SourceValue>[] flow, SourceValue value,
                              Set<AbstractInsnNode> seen) {
        Set<Source> sources = new LinkedHashSet<>();
        if (value.insns.isEmpty()) {
            sources.add(new Computed("an unknown value"));
        }
        for (AbstractInsnNode insn : value.insns) {
            if (!seen.add(insn)) {
                continue;
            }
            Frame<SourceValue> at = flow[method.instructions.indexOf(insn)];
            switch (insn) {
                case LdcInsnNode ldc when ldc.cst instanceof String text -> sources.add(new Text(text));
                case FieldInsnNode field when field.getOpcode() == Opcodes.GETSTATIC && field.owner.equals(KIND) ->
                        sources.add(new KindConstant(field.name));
                case FieldInsnNode field when field.getOpcode() == Opcodes.GETSTATIC
                        && field.owner.equals(HTTP_STATUS) -> sources.add(new StatusConstant(field.name));
                case VarInsnNode load when load.getOpcode() == Opcodes.ALOAD -> {
                    SourceValue local = at.getLocal(load.var);
                    if (local.insns.isEmpty()) {
                        int parameter = parameterAt(method, load.var);
                        sources.add(parameter >= 0 ? new Param(parameter) : new Computed("a local variable"));
                    } else {
                        sources.addAll(trace(method, flow, local, seen));
                    }
                }
                case VarInsnNode store when store.getOpcode() == Opcodes.ASTORE ->
                        sources.addAll(trace(method, flow, at.getStack(at.getStackSize() - 1), seen));
                case AbstractInsnNode copy when copy.getOpcode() == Opcodes.DUP
                        || copy.getOpcode() == Opcodes.CHECKCAST ->
                        sources.addAll(trace(method, flow, at.getStack(at.getStackSize() - 1), seen));
                case MethodInsnNode call when call.name.equals("errorCode") && call.desc.equals("()Ljava/lang/String;")
                        || call.owner.equals(PROBLEMS) && call.name.equals("codeOf") -> sources.add(new PassedOn());
                case MethodInsnNode call -> sources.add(new Computed("the result of " + call.owner + "." + call.name));
                case InvokeDynamicInsnNode dynamic -> sources.add(new Computed("text put together at run time"));
                default -> sources.add(new Computed("opcode " + insn.getOpcode()));
            }
        }
        return sources;
    }

    /** The status of a constant's name, the current constant of its value (not a deprecated alias). */
    private static HttpStatus statusNamed(String name) {
        return HttpStatus.valueOf(HttpStatus.valueOf(name).value());
    }

    /** @return the index among the method's declared parameters of the local variable slot, -1 for another local. */
    private static int parameterAt(MethodNode method, int slot) {
        int at = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        Type[] parameters = Type.getArgumentTypes(method.desc);
        for (int i = 0; i < parameters.length; i++) {
            if (at == slot) {
                return i;
            }
            at += parameters[i].getSize();
        }
        return -1;
    }

    private Frame<SourceValue>[] framesOf(ClassNode type, MethodNode method) {
        return frames.computeIfAbsent(method, m -> {
            try {
                return new Analyzer<>(new SourceInterpreter()).analyze(type.name, m);
            } catch (AnalyzerException e) {
                throw new IllegalStateException("Cannot analyze " + type.name + "." + m.name, e);
            }
        });
    }

    /** @return the names of the methods, by class, that a list of makers names (for tests of the scan). */
    static List<String> simpleNames(Set<String> makers) {
        List<String> names = new ArrayList<>();
        makers.forEach(maker -> {
            String owner = maker.substring(0, maker.indexOf('.'));
            names.add(owner.substring(owner.lastIndexOf('/') + 1) + maker.substring(maker.indexOf('.'),
                    maker.indexOf('(')));
        });
        return names;
    }
}
