/**
 * The one inline script of every page, run before first paint. It applies the reader's theme
 * (or the system's) with no flash, follows system changes, remembers a choice made in the
 * display settings dialog, copies an article's address for the share button, and takes an old
 * `#fragment` address to the content element now named `user-content-fragment`
 * (lib/markdown/content-ids.ts). A few hundred bytes, instead of client components on every page.
 */
export const PAGE_SCRIPT = `(function(){
var h=document.documentElement,m=matchMedia("(prefers-color-scheme: dark)");
function get(){try{return localStorage.getItem("theme")||"system"}catch(e){return"system"}}
function apply(t){h.dataset.theme=t==="dark"||(t!=="light"&&m.matches)?"dark":"light"}
apply(get());
m.addEventListener("change",function(){apply(get())});
document.addEventListener("DOMContentLoaded",function(){var i=document.querySelector('input[name=theme][value="'+get()+'"]');if(i)i.checked=true});
document.addEventListener("change",function(e){var i=e.target;if(i.name!=="theme")return;try{i.value==="system"?localStorage.removeItem("theme"):localStorage.setItem("theme",i.value)}catch(x){}apply(i.value)});
document.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("[data-copy-link]");if(!b)return;var s=b.nextElementSibling,u=b.getAttribute("data-copy-link");
function say(t){if(s)s.textContent=t}
if(!navigator.clipboard){say("Copiez l’adresse : "+u);return}
navigator.clipboard.writeText(u).then(function(){say("Lien copié.")},function(){say("Copiez l’adresse : "+u)})});
function toContent(){var f;try{f=decodeURIComponent(location.hash.slice(1))}catch(e){return}if(!f||document.getElementById(f))return;var t=document.getElementById("user-content-"+f);if(t)t.scrollIntoView()}
addEventListener("hashchange",toContent);document.addEventListener("DOMContentLoaded",toContent);
})()`.replace(/\n/g, "");
