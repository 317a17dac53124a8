// Read an EPUB the way a reading system lays it out -- epub.js in
// headless Chromium, paginated -- at phone and tablet sizes, and measure
// every spine item:
//   - the widest thing on a page: every box fragment and every line of
//     text must fit in the page's column (a scrolling box counts as its
//     own box; what scrolls inside it does not spill over the page);
//   - the worst gap of a justified line: each space of justified text,
//     measured with Range.getClientRects, over the width of a space in
//     the same font set unjustified.
// With --shots DIR it also saves pictures of the contents, a page with
// a table and a page with a footnote at each size.
// Usage: node reader.js MODULES BOOK.epub [--max-gap R] [--shots DIR]
//            [--sizes phone|tablet] [--css EXTRA] [--items REGEX]
// --items measures only the spine items whose href matches.
// --css adds a style sheet to every document before it is measured
// (the tests use it to check that a broken layout is caught).
// Prints one line per size and a JSON summary; exits 1 when something
// is wider than its page or a gap exceeds R (default 2) times a space.
'use strict';
const http = require('http'), fs = require('fs'), path = require('path');
const args = process.argv.slice(2);
const [modules, book] = args;
let maxGap = 2, shots = null, only = null, extraCss = '', items = null;
for (let i = 2; i < args.length; i++) {
	if (args[i] === '--max-gap') maxGap = +args[++i];
	else if (args[i] === '--shots') shots = args[++i];
	else if (args[i] === '--sizes') only = args[++i];
	else if (args[i] === '--css') extraCss = args[++i];
	else if (args[i] === '--items') items = new RegExp(args[++i]);
}
const { chromium } = require(path.join(modules, 'playwright-core'));
const sizes = [{ name: 'phone', width: 375, height: 667 },
	{ name: 'tablet', width: 768, height: 1024 }].filter((z) => !only || z.name === only);
const files = {
	'/view.html': path.join(__dirname, 'view.html'),
	'/epub.min.js': path.join(modules, 'epubjs/dist/epub.min.js'),
	'/jszip.min.js': path.join(modules, 'jszip/dist/jszip.min.js'),
	'/book.epub': path.resolve(book),
};
const types = { '.html': 'text/html', '.js': 'text/javascript',
	'.epub': 'application/epub+zip' };

// Runs in the page: measure the spine item on display.
function measure() {
	const c = window.view.getContents()[0];
	const doc = c.document, win = c.window, body = doc.body;
	const bs = win.getComputedStyle(body);
	// The page is one column of the body's content box (epub.js asks
	// for columns as wide as the view, and the body's padding narrows
	// them); pages follow each other a column gap apart.
	const padL = parseFloat(bs.paddingLeft), padR = parseFloat(bs.paddingRight);
	const colW = Math.min(parseFloat(bs.columnWidth), body.clientWidth - padL - padR);
	const gap = parseFloat(bs.columnGap) || 0;
	const x0 = body.getBoundingClientRect().left + padL;
	// What a reader may open is measured open.
	for (const d of body.querySelectorAll('details')) d.open = true;
	const r = { colW, widest: 0, widestWhat: '', over: [], worstGap: 0,
		worstWhat: '', spaces: 0, justified: 0 };
	// Is a rect inside one column of the page?
	const fits = (q) => {
		const col = Math.floor((q.left - x0 + 1) / (colW + gap));
		const right = x0 + col * (colW + gap) + colW;
		return q.width <= colW + 1 && q.right <= right + 1 && q.left >= x0 - 1;
	};
	const scrolls = (e) => {
		const o = win.getComputedStyle(e).overflowX;
		return o === 'auto' || o === 'scroll' || o === 'hidden';
	};
	const inScroller = (e) => {
		for (let p = e.parentElement; p && p !== body; p = p.parentElement)
			if (scrolls(p)) return true;
		return false;
	};
	const what = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
		(e.className ? '.' + String(e.className).split(' ')[0] : '');
	const note = (q, w) => {
		if (q.width > r.widest) { r.widest = q.width; r.widestWhat = w; }
		if (!fits(q) && r.over.length < 5) r.over.push(`${w} ${Math.round(q.width)}px at ${Math.round(q.left - x0)}px`);
		if (!fits(q)) r.nover = (r.nover || 0) + 1;
	};
	r.scrolling = 0;
	for (const e of body.querySelectorAll('*')) {
		if (scrolls(e) && e.scrollWidth > e.clientWidth + 1) r.scrolling++;
		if (inScroller(e)) continue;
		for (const q of e.getClientRects())
			if (q.width > 0 && q.height > 0) note(q, what(e));
	}
	// Lines of text, and the spaces of justified text.
	const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
	const range = doc.createRange();
	// A space in the element's font, unjustified: "x x" less "xx" in an
	// out-of-flow box of one line.
	const spaceW = new Map();
	const probe = doc.createElement('span');
	probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;' +
		'text-align:left;display:inline-block;left:0;top:0';
	const spaceOf = (e) => {
		e.appendChild(probe);
		probe.textContent = 'x x';
		const a = probe.getBoundingClientRect().width;
		probe.textContent = 'xx';
		const b = probe.getBoundingClientRect().width;
		e.removeChild(probe);
		return a - b;
	};
	// The text of t on the line at top, spaces as [width/normal].
	const lineOf = (t, top, normal) => {
		const g = doc.createRange();
		let s = '';
		for (let k = 0; k < t.data.length; k++) {
			g.setStart(t, k);
			g.setEnd(t, k + 1);
			const q = g.getClientRects()[0];
			if (q && Math.abs(q.top - top) < 2)
				s += t.data[k] === ' ' ? `[${(q.width / normal).toFixed(1)}]` : t.data[k];
		}
		return s;
	};
	for (let t = walker.nextNode(); t; t = walker.nextNode()) {
		const e = t.parentElement;
		if (!e || inScroller(e) || !t.data.trim()) continue;
		// Each word's boxes (white space may hang past a line's end).
		for (const m of t.data.matchAll(/\S+/g)) {
			range.setStart(t, m.index);
			range.setEnd(t, m.index + m[0].length);
			for (const q of range.getClientRects())
				if (q.width > 0) note(q, 'text in ' + what(e));
		}
		const s = win.getComputedStyle(e);
		if (s.textAlign !== 'justify' || s.whiteSpace.startsWith('pre')) continue;
		const font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
		if (!spaceW.has(font)) spaceW.set(font, spaceOf(e));
		const normal = spaceW.get(font);
		for (let i = 0; i < t.data.length; i++) {
			if (t.data[i] !== ' ') continue;
			range.setStart(t, i);
			range.setEnd(t, i + 1);
			const qs = range.getClientRects();
			if (qs.length !== 1 || qs[0].width <= 0) continue;
			r.spaces++;
			const ratio = qs[0].width / normal;
			if (ratio > 1.02) r.justified++;
			if (ratio > r.worstGap) {
				r.worstGap = ratio;
				r.worstWhat = t.data.slice(Math.max(0, i - 12), i + 12).replace(/\s+/g, ' ');
				r.worstLine = lineOf(t, qs[0].top, normal);
			}
		}
	}
	range.detach();
	return r;
}

async function show(page, target) {
	await page.evaluate(async ([t, css]) => {
		await window.view.display(t);
		const c = window.view.getContents()[0];
		if (css) {
			const st = c.document.createElement('style');
			st.textContent = css;
			c.document.head.appendChild(st);
		}
		await c.document.fonts.ready;
	}, [target, extraCss]);
	await page.waitForTimeout(100);
}

const server = http.createServer((req, res) => {
	const f = files[req.url.split('?')[0]];
	if (!f) { res.writeHead(404); res.end(); return; }
	res.writeHead(200, { 'Content-Type': types[path.extname(f)] });
	fs.createReadStream(f).pipe(res);
});
server.listen(0, '127.0.0.1', async () => {
	const port = server.address().port;
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', '--no-first-run'] });
	let status = 0;
	const summary = { book: path.basename(book), maxGap, sizes: [] };
	try {
		for (const sz of sizes) {
			const page = await browser.newPage({ viewport: { width: sz.width, height: sz.height } });
			await page.goto(`http://127.0.0.1:${port}/view.html?book=book.epub&n=0`);
			await page.waitForFunction(() => document.title !== 'loading', null, { timeout: 180000 });
			if (await page.title() !== 'ready') throw new Error(await page.title());
			const hrefs = await page.evaluate(() => {
				const h = [];
				window.book.spine.each((s) => h.push(s.href));
				return h;
			});
			const measured = items ? hrefs.filter((h) => items.test(h)) : hrefs;
			const out = { size: `${sz.width}x${sz.height}`, items: measured.length, colW: 0,
				widest: 0, widestAt: '', over: 0, scrolling: 0, worstGap: 0, worstAt: '',
				spaces: 0, justified: 0, failures: [] };
			for (const href of measured) {
				await show(page, href);
				const m = await page.evaluate(measure);
				out.colW = m.colW;
				out.spaces += m.spaces;
				out.scrolling += m.scrolling;
				out.justified += m.justified;
				if (m.widest > out.widest) { out.widest = m.widest; out.widestAt = `${href}: ${m.widestWhat}`; }
				if (m.worstGap > out.worstGap) {
					out.worstGap = m.worstGap;
					out.worstAt = `${href}: "${m.worstWhat}"`;
					out.worstLine = m.worstLine;
				}
				if (m.nover) {
					out.over += m.nover;
					out.failures.push(`${href}: ${m.nover} wider than the ${m.colW}px page: ${m.over.join(', ')}`);
				}
				if (m.worstGap > maxGap)
					out.failures.push(`${href}: gap ${m.worstGap.toFixed(2)} x a space in the line "${m.worstLine}"`);
			}
			console.log(`${sz.name} ${out.size}: ${out.items} spine items, page ${out.colW}px, ` +
				`widest ${Math.round(out.widest)}px (${out.widestAt}), ${out.over} too wide, ` +
				`${out.scrolling} boxes scroll sideways; ` +
				`worst gap ${out.worstGap.toFixed(2)} x a space (${out.worstAt}), ` +
				`${out.justified} of ${out.spaces} spaces stretched`);
			for (const f of out.failures) { console.log(`  FAIL ${f}`); status = 1; }
			summary.sizes.push(out);
			if (shots) await pictures(page, hrefs, sz);
			await page.close();
		}
	} catch (e) {
		console.error(`epub-reader: ${e.stack || e}`);
		status = 1;
	}
	console.log(JSON.stringify(summary));
	await browser.close();
	server.close();
	process.exit(status);
});

// The contents, a page with a table (one that scrolls sideways at this
// size if there is one) and the first with a footnote, as PNGs in the
// shots directory.
async function pictures(page, hrefs, sz) {
	const stem = path.basename(book, '.epub');
	const find = async (sel, wide) => {
		for (const href of hrefs) {
			await show(page, href);
			const id = await page.evaluate(([s, w]) => {
				const all = window.view.getContents()[0].document.querySelectorAll(s);
				const e = [...all].find((x) => !w || x.scrollWidth > x.clientWidth + 1);
				return e ? (e.id || (e.querySelector('[id]') || {}).id || '') : null;
			}, [sel, wide]);
			if (id !== null) return id ? `${href}#${id}` : href;
		}
		return null;
	};
	const targets = [['contents', hrefs.find((h) => /nav\.xhtml$/.test(h))],
		['table', await find('div.table-wrap', true) || await find('div.table-wrap', false)],
		['footnote', await find('aside.footnote', false)]];
	for (const [what, target] of targets) {
		if (!target) continue;
		await show(page, target);
		const png = path.join(shots, `${stem}-${sz.name}-${what}.png`);
		await page.screenshot({ path: png });
		console.log(`wrote ${png} (${target})`);
	}
}
