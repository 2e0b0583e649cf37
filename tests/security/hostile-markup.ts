/**
 * Script and handler payloads, of the kinds DOMPurify's own tests and the XSS cheat sheets list:
 * handlers, script elements, script and data URLs in every attribute that takes an address,
 * SVG and MathML mutation tricks, CSS, <base>, <meta refresh>, frames. Each calls `MARK` where it
 * would run; a suite puts there what tells it that something ran.
 */
export type Vector = { name: string; html: string };

/** Where a payload's code goes. */
export const MARK = '__MARK__';

const VECTORS: readonly (readonly [string, string])[] = [
  ['img onerror', `<img src=x onerror="${MARK}">`],
  ['img onerror, unquoted and unclosed', `<img src=x onerror=${MARK}//`],
  ['svg script', `<svg><script>${MARK}</script></svg>`],
  ['svg onload', `<svg onload="${MARK}"></svg>`],
  ['javascript: link', `<a href="javascript:${MARK}">a link</a>`],
  ['javascript: link in mixed case with spaces', `<a href="  JaVaScRiPt:${MARK}">a link</a>`],
  ['javascript: link with a tab entity inside', `<a href="jav&#x09;ascript:${MARK}">a link</a>`],
  ['javascript: link in character references', `<a href="&#106;&#97;vascript:${MARK}">a link</a>`],
  ['data: link to a page', `<a href="data:text/html,&lt;script&gt;${MARK}&lt;/script&gt;">a link</a>`],
  ['vbscript: link', `<a href="vbscript:msgbox(1)">a link</a>`],
  [
    'links to other schemes than the web',
    `<a href="mailto:desk@news.example.org">mail</a> <a href="tel:+46123">call</a> <a href="ftp://files.example.org/a">files</a> <a href="chrome://settings">settings</a>`,
  ],
  ['javascript: image', `<img src="javascript:${MARK}">`],
  ['javascript: srcset', `<img src="https://news.example.org/a.jpg" srcset="javascript:${MARK} 1x, https://news.example.org/b.jpg 2x">`],
  ['javascript: poster and source', `<video poster="javascript:${MARK}" src="javascript:${MARK}"></video>`],
  ['javascript: audio', `<audio src="javascript:${MARK}"></audio>`],
  ['form action and formaction', `<form action="javascript:${MARK}"><button formaction="javascript:${MARK}">Send</button></form>`],
  ['MathML mutation', `<math><mtext><table><mglyph><style><img src=x onerror="${MARK}">`],
  ['MathML link', `<math><mi xlink:href="javascript:${MARK}">x</mi></math>`],
  ['template content', `<template><img src=x onerror="${MARK}"></template>`],
  ['noscript mutation', `<noscript><p title="</noscript><img src=x onerror=${MARK}>"></p></noscript>`],
  ['CSS url(javascript:) in a style attribute', `<div style="background:url(javascript:${MARK})">styled</div>`],
  ['CSS in a style element', `<style>@import 'javascript:${MARK}'; p { background: url("javascript:${MARK}") }</style>`],
  ['base', `<base href="javascript:${MARK}//">`],
  ['meta refresh', `<meta http-equiv="refresh" content="0;url=javascript:${MARK}">`],
  ['iframe srcdoc', `<iframe srcdoc="&lt;script&gt;${MARK}&lt;/script&gt;"></iframe>`],
  ['iframe javascript:', `<iframe src="javascript:${MARK}"></iframe>`],
  ['object data', `<object data="javascript:${MARK}"></object>`],
  ['embed', `<embed src="javascript:${MARK}">`],
  ['details ontoggle', `<details open ontoggle="${MARK}"><summary>More</summary>x</details>`],
  ['input autofocus onfocus', `<input autofocus onfocus="${MARK}">`],
  ['SVG link', `<svg><a xlink:href="javascript:${MARK}"><text y="20">an SVG link</text></a></svg>`],
  ['SVG animate to a script URL', `<svg><a><animate attributeName="href" values="javascript:${MARK}"/><text y="20">x</text></a></svg>`],
  ['SVG set of a handler', `<svg><set attributeName="onmouseover" to="${MARK}"/></svg>`],
  [
    'SVG use of a data URL',
    `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='${MARK}'/&gt;&lt;/svg&gt;#x"/></svg>`,
  ],
  ['handlers on a paragraph', `<p onclick="${MARK}" onmouseover="${MARK}">a paragraph with handlers</p>`],
  ['marquee onstart', `<marquee onstart="${MARK}">m</marquee>`],
  ['body onload', `<body onload="${MARK}">`],
  ['link ping and target', `<a href="https://news.example.org/more" ping="javascript:${MARK}" target="_top">a good link</a>`],
  ['attribute breakout in text', `"><script>${MARK}</script><img src=x onerror="${MARK}"`],
  ['CDATA in HTML', `<![CDATA[<img src=x onerror=${MARK}>]]>`],
  ['custom element with a handler', `<x-widget onclick="${MARK}">custom</x-widget>`],
  ['entities that spell a tag', `&lt;img src=x onerror=${MARK}&gt;`],
  ['a comment that closes early', `<!--><img src=x onerror="${MARK}">-->`],
];

/** Every vector, with `mark` (or what it gives for the vector's name) where its code runs. */
export function vectors(mark: string | ((name: string) => string)): Vector[] {
  return VECTORS.map(([name, html]) => ({ name, html: html.replaceAll(MARK, typeof mark === 'string' ? mark : mark(name)) }));
}

export const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
export const escapeAttribute = (text: string) => escapeText(text).replaceAll('"', '&quot;');
/** A JSON string that cannot close the <script> element it sits in. */
export const jsonInScript = (text: string) => JSON.stringify(text).replaceAll('</', '<\\/');
