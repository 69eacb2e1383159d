// An Alpine.js expression evaluator that never calls eval or new Function, so the admin app runs under a
// Content-Security-Policy without 'unsafe-eval' (Alpine's own evaluator compiles expressions with the Function
// constructor). It parses the small JavaScript subset our templates use: literals, names, member access (. ?. []),
// calls, ! - +, arithmetic, comparisons, && || ??, ?:, object and array literals, assignments and ';'.
// Templates are our own files, never data; names that reach into prototypes are refused all the same.

const FORBIDDEN = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__',
    '__lookupGetter__', '__lookupSetter__']);
const GLOBALS = { Math, Number, String, Boolean, Array, Object, JSON, Date, Intl, parseInt, parseFloat,
    encodeURIComponent, isNaN };
const LITERALS = { true: true, false: false, null: null, undefined: undefined };

function tokenize(source) {
    const tokens = [];
    let i = 0;
    const punctuators = ['===', '!==', '?.', '??', '&&', '||', '==', '!=', '<=', '>=',
        '(', ')', '[', ']', '{', '}', ',', '.', ':', ';', '?', '!', '=', '<', '>', '+', '-', '*', '/', '%'];
    while (i < source.length) {
        const c = source[i];
        if (/\s/.test(c)) { i++; continue; }
        if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[i + 1] || ''))) {
            const m = /^[0-9]*\.?[0-9]+(e[+-]?[0-9]+)?/i.exec(source.slice(i));
            tokens.push({ t: 'num', v: Number(m[0]) });
            i += m[0].length;
            continue;
        }
        if (c === '"' || c === "'") {
            let j = i + 1, value = '';
            while (j < source.length && source[j] !== c) {
                if (source[j] === '\\') { j++; const e = source[j]; value += e === 'n' ? '\n' : e === 't' ? '\t' : e; }
                else value += source[j];
                j++;
            }
            if (j >= source.length) throw new SyntaxError('Unterminated string in: ' + source);
            tokens.push({ t: 'str', v: value });
            i = j + 1;
            continue;
        }
        const id = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(source.slice(i));
        if (id) {
            tokens.push({ t: 'id', v: id[0] });
            i += id[0].length;
            continue;
        }
        const p = punctuators.find(x => source.startsWith(x, i));
        if (!p || (p === '?.' && /[0-9]/.test(source[i + 2] || ''))) {
            if (c === '?') { tokens.push({ t: 'p', v: '?' }); i++; continue; }
            throw new SyntaxError('Unexpected "' + c + '" in: ' + source);
        }
        tokens.push({ t: 'p', v: p });
        i += p.length;
    }
    return tokens;
}

function checkName(name) {
    if (FORBIDDEN.has(name)) throw new Error('Refused property: ' + name);
    return name;
}

// Each node compiles to { get(scope), ref?(scope) -> [object, key], call?(scope, args) }.
function parse(source) {
    const tokens = tokenize(source);
    let pos = 0;
    const peek = (v) => tokens[pos] && tokens[pos].t === 'p' && tokens[pos].v === v;
    const take = (v) => { if (peek(v)) { pos++; return true; } return false; };
    const expect = (v) => { if (!take(v)) throw new SyntaxError('Expected "' + v + '" in: ' + source); };

    function program() {
        const statements = [];
        while (pos < tokens.length) {
            statements.push(assignment());
            if (!take(';') && pos < tokens.length) throw new SyntaxError('Unexpected token in: ' + source);
        }
        return { get: (s) => { let r; for (const st of statements) r = st.get(s); return r; } };
    }

    function assignment() {
        const left = ternary();
        if (peek('=')) {
            pos++;
            if (!left.ref) throw new SyntaxError('Cannot assign to this in: ' + source);
            const right = assignment();
            return { get: (s) => { const [o, k] = left.ref(s); o[k] = right.get(s); return o[k]; } };
        }
        return left;
    }

    function ternary() {
        const test = binary(0);
        if (take('?')) {
            const yes = assignment();
            expect(':');
            const no = assignment();
            return { get: (s) => test.get(s) ? yes.get(s) : no.get(s) };
        }
        return test;
    }

    const LEVELS = [['||', '??'], ['&&'], ['===', '!==', '==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];
    const OPS = {
        '||': (a, b) => a() || b(), '??': (a, b) => a() ?? b(), '&&': (a, b) => a() && b(),
        '===': (a, b) => a() === b(), '!==': (a, b) => a() !== b(), '==': (a, b) => a() == b(), '!=': (a, b) => a() != b(),
        '<': (a, b) => a() < b(), '>': (a, b) => a() > b(), '<=': (a, b) => a() <= b(), '>=': (a, b) => a() >= b(),
        '+': (a, b) => a() + b(), '-': (a, b) => a() - b(), '*': (a, b) => a() * b(), '/': (a, b) => a() / b(),
        '%': (a, b) => a() % b(),
    };

    function binary(level) {
        if (level >= LEVELS.length) return unary();
        let left = binary(level + 1);
        for (;;) {
            const op = LEVELS[level].find(o => peek(o));
            if (!op) return left;
            pos++;
            const right = binary(level + 1);
            const l = left, fn = OPS[op];
            left = { get: (s) => fn(() => l.get(s), () => right.get(s)) };
        }
    }

    function unary() {
        if (take('!')) { const e = unary(); return { get: (s) => !e.get(s) }; }
        if (take('-')) { const e = unary(); return { get: (s) => -e.get(s) }; }
        if (take('+')) { const e = unary(); return { get: (s) => +e.get(s) }; }
        return postfix();
    }

    function args() {
        const list = [];
        if (!peek(')')) {
            do { list.push(assignment()); } while (take(','));
        }
        expect(')');
        return list;
    }

    function postfix() {
        let node = primary();
        for (;;) {
            if (peek('.') || peek('?.')) {
                const optional = tokens[pos++].v === '?.';
                const name = tokens[pos++];
                if (!name || name.t !== 'id') throw new SyntaxError('Expected a name in: ' + source);
                node = member(node, () => name.v, optional);
            } else if (take('[')) {
                const key = assignment();
                expect(']');
                node = member(node, (s) => key.get(s), false);
            } else if (take('(')) {
                const list = args();
                const callee = node;
                node = {
                    get: (s) => {
                        const values = list.map(a => a.get(s));
                        if (callee.call) return callee.call(s, values);
                        const fn = callee.get(s);
                        if (typeof fn !== 'function') throw new TypeError('Not a function in: ' + source);
                        return fn.apply(undefined, values);
                    },
                };
            } else {
                return node;
            }
        }
    }

    function member(objectNode, keyOf, optional) {
        const ref = (s) => {
            const o = objectNode.get(s);
            return [o, checkName(String(keyOf(s)))];
        };
        return {
            ref,
            get: (s) => { const [o, k] = ref(s); return optional && o == null ? undefined : o[k]; },
            call: (s, values) => {
                const [o, k] = ref(s);
                if (optional && o == null) return undefined;
                const fn = o[k];
                if (typeof fn !== 'function') throw new TypeError(k + ' is not a function in: ' + source);
                return fn.apply(o, values);
            },
        };
    }

    function primary() {
        const token = tokens[pos++];
        if (!token) throw new SyntaxError('Unexpected end of: ' + source);
        if (token.t === 'num' || token.t === 'str') return { get: () => token.v };
        if (token.t === 'id') {
            if (token.v in LITERALS) return { get: () => LITERALS[token.v] };
            const name = checkName(token.v);
            const ref = (s) => [s, name];
            return {
                ref,
                get: (s) => {
                    if (name in s) return s[name];
                    if (Object.prototype.hasOwnProperty.call(GLOBALS, name)) return GLOBALS[name];
                    throw new ReferenceError(name + ' is not defined in: ' + source);
                },
                call: (s, values) => {
                    const fn = name in s ? s[name] : GLOBALS[name];
                    if (typeof fn !== 'function') throw new TypeError(name + ' is not a function in: ' + source);
                    return fn.apply(s, values);
                },
            };
        }
        if (token.v === '(') { const e = assignment(); expect(')'); return e; }
        if (token.v === '[') {
            const items = [];
            if (!peek(']')) { do { items.push(assignment()); } while (take(',')); }
            expect(']');
            return { get: (s) => items.map(i => i.get(s)) };
        }
        if (token.v === '{') {
            const entries = [];
            if (!peek('}')) {
                do {
                    const key = tokens[pos++];
                    if (!key || (key.t !== 'id' && key.t !== 'str')) throw new SyntaxError('Bad object key in: ' + source);
                    if (take(':')) entries.push([checkName(key.v), assignment()]);
                    else { const k = checkName(key.v); entries.push([k, { get: (s) => s[k] }]); }
                } while (take(','));
            }
            expect('}');
            return { get: (s) => Object.fromEntries(entries.map(([k, v]) => [k, v.get(s)])) };
        }
        throw new SyntaxError('Unexpected "' + token.v + '" in: ' + source);
    }

    return program();
}

const compiled = new Map();

function compile(expression) {
    let program = compiled.get(expression);
    if (!program) {
        program = expression.trim() === '' ? { get: () => undefined } : parse(expression);
        compiled.set(expression, program);
    }
    return program;
}

function report(error, el, expression) {
    console.warn('Alpine expression error: ' + error.message + '\n\nExpression: "' + expression + '"', el);
    setTimeout(() => { throw error; }, 0);
}

/** Installs the evaluator into Alpine (before Alpine.start()). */
export function installEvaluator(Alpine) {
    Alpine.setEvaluator((el, expression) => {
        const magics = {};
        Alpine.injectMagics(magics, el);
        const dataStack = [magics, ...Alpine.closestDataStack(el)];
        return (receiver = () => {}, { scope = {}, params = [] } = {}) => {
            const complete = Alpine.mergeProxies([scope, ...dataStack]);
            let value;
            try {
                value = typeof expression === 'function' ? expression.apply(complete, params)
                    : compile(expression).get(complete);
                if (typeof value === 'function') value = value.apply(complete, params);
            } catch (error) {
                report(error, el, String(expression));
                return;
            }
            if (value instanceof Promise) {
                value.then(receiver, (error) => report(error, el, String(expression)));
            } else {
                receiver(value);
            }
        };
    });
}
