/** Text made safe to place in HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The provider's name, in every page's title and banner. */
export const PROVIDER_NAME = 'Fournisseur d’identité de développement — Mutualis';

/**
 * Colours checked for WCAG AA contrast on their backgrounds (≥ 4.5:1 for text, ≥ 3:1 for the focus outline):
 * text #1b1b1b on white 17:1, banner white on #1d3557 12:1, button white on #1d4ed8 6.7:1, error #b00020 on white
 * 7.5:1, the warning's text on #fff4e5 16:1.
 */
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#fff}
.skip{position:absolute;left:-9999px;top:0;padding:.5rem 1rem;background:#fff;color:#1b1b1b}
.skip:focus{left:1rem;top:1rem;z-index:1}
header{background:#1d3557;color:#fff;padding:1rem 1.5rem}
header p{margin:0;font-weight:600}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
main:focus{outline:none}
h1{font-size:1.75rem;margin:0 0 1rem}
h2{font-size:1.25rem;margin:2rem 0 .75rem}
.warning{background:#fff4e5;border-left:.375rem solid #b34000;padding:.75rem 1rem;margin:0 0 1.5rem}
.warning p{margin:0}
.field{margin:0 0 1rem}
label{display:block;font-weight:600;margin:0 0 .25rem}
.hint{margin:0 0 .25rem;color:#3a3a3a}
.error{margin:0 0 .25rem;color:#b00020;font-weight:600}
input{font:inherit;width:100%;max-width:28rem;padding:.5rem .75rem;border:2px solid #595959;border-radius:.25rem;color:#1b1b1b;background:#fff}
input[aria-invalid="true"]{border-color:#b00020}
button{font:inherit;font-weight:600;padding:.625rem 1.25rem;border:2px solid #1d4ed8;border-radius:.25rem;background:#1d4ed8;color:#fff;cursor:pointer;margin:0 .75rem .75rem 0}
button:hover{background:#1e3a8a;border-color:#1e3a8a}
button.secondary{background:#fff;color:#1d4ed8}
button.secondary:hover{background:#eef2ff;color:#1e3a8a}
a{color:#1d4ed8}
a:focus,button:focus,input:focus{outline:3px solid #1b1b1b;outline-offset:2px}
table{border-collapse:collapse;width:100%}
caption{text-align:left;margin:0 0 .5rem;color:#3a3a3a}
th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #767676}
footer{border-top:1px solid #767676;margin:2rem 0 0;padding:1rem 1.5rem;color:#3a3a3a}
footer p{margin:0}
`;

/** A whole French page: banner, main content, footer; `title` is the page's own, before the provider's name. */
export function page(title: string, main: string): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — ${escapeHtml(PROVIDER_NAME)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header><p>${escapeHtml(PROVIDER_NAME)}</p></header>
<main id="contenu" tabindex="-1">
${main}
</main>
<footer><p>Environnement de développement de Mutualis : comptes fictifs, aucune identité vérifiée.</p></footer>
</body>
</html>
`;
}
