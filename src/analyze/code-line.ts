/**
 * A line of code: a brace, a statement's end, an arrow or a comparison, a comment, a tag ("<Project>" over "<!--",
 * WCXB 2789), a JSON member, a call that ends the line or an assignment that opens it. Not a semicolon inside a
 * sentence (WCXB 0166, 4823), a `>` between a breadcrumb's steps ("Home>Lifestyle>Vehicles" over a script's tail,
 * multisite-dev forbes 2005) or a URL's "//".
 */
const CODE_LINE = /[{}]|;$|=>|==|^\/\/|^<[\w/!?]|<\/|\/>|^"[^"]*"\s*:|\w\([^()]*\)$|^[\w.$[\]]+\s*[-+*/]?=[^=]/;

/**
 * True when a line (trimmed, its spaces folded) reads as a line of code or markup.
 * @example isCodeLine('const TodoList: React.FC = () => {') // true
 * @example isCodeLine('Let’s check out the code it generated:') // false
 */
export const isCodeLine = (text: string): boolean => CODE_LINE.test(text);
