/**
 * The widget's styles, inside its shadow root: the page's CSS cannot reach in, and these cannot
 * leak out. `--c` is the survey's brand colour. Phones (≤ 640 px) get a bottom sheet.
 */
export const CSS = `
:host{all:initial}
*{box-sizing:border-box}
.panel{position:fixed;z-index:2147483000;bottom:20px;width:380px;max-width:calc(100vw - 32px);max-height:calc(100vh - 40px);overflow:auto;background:#fff;color:#1a1b1e;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.22);font:15px/1.45 system-ui,sans-serif;padding:18px 18px 16px;border-top:4px solid var(--c)}
.bottom-right{right:20px}.bottom-left{left:20px}
.center{left:50%;top:50%;bottom:auto;transform:translate(-50%,-50%);width:460px}
.backdrop{position:fixed;inset:0;z-index:2147482999;background:rgba(0,0,0,.35)}
@media (max-width:640px){.panel,.center{left:0;right:0;bottom:0;top:auto;transform:none;width:100%;max-width:100%;max-height:85vh;border-radius:16px 16px 0 0}}
h2{font-size:16px;font-weight:650;margin:0 36px 6px 0}
p{margin:0 0 10px}.hint,.ends{font-size:13px;color:#5c5f66}
.x{position:absolute;top:8px;right:8px;width:36px;height:36px;border:0;background:none;font-size:22px;line-height:1;color:#5c5f66;cursor:pointer;border-radius:8px}
fieldset{border:0;margin:0 0 12px;padding:0;min-width:0}legend{padding:0;margin:0 36px 10px 0;font-weight:600}
.sub legend{font-weight:400;margin:0 0 6px}
.req{color:#c92a2a}
.scale{display:flex;flex-wrap:wrap;gap:6px}
.nps{display:grid;grid-template-columns:repeat(11,1fr);gap:4px}
@media (max-width:640px){.nps{grid-template-columns:repeat(6,1fr)}}
.tile{position:relative;flex:1 0 40px;max-width:64px;min-height:40px;display:flex}
.nps .tile{max-width:none;min-width:0}
.tile input,.item input{position:absolute;opacity:0;width:100%;height:100%;margin:0;cursor:pointer}
.item input{position:static;opacity:1;width:18px;height:18px;flex:none;accent-color:var(--c)}
.tile span{flex:1;display:flex;align-items:center;justify-content:center;border:1px solid #ced4da;border-radius:8px;font-weight:600;background:#fff}
.smileys span{font-size:24px}.stars span{font-size:22px;color:var(--c)}
.tile input:checked+span{background:var(--c);border-color:var(--c);color:#fff}
.tile input:focus-visible+span,.item input:focus-visible,button:focus-visible,textarea:focus-visible,.field input:focus-visible{outline:3px solid var(--c);outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:8px;margin-top:4px}
.list{display:flex;flex-direction:column;gap:8px}
.item{display:flex;gap:10px;align-items:flex-start;cursor:pointer}
.field{display:flex;flex-direction:column;gap:2px;font-size:14px}
textarea,.field input{width:100%;font:inherit;padding:8px 10px;border:1px solid #ced4da;border-radius:8px;color:inherit;background:#fff}
.err{color:#c92a2a;font-size:14px;margin:6px 0 0;min-height:0}
.nav{display:flex;gap:8px;justify-content:flex-end;margin-top:12px}
.btn{font:inherit;font-weight:600;min-height:40px;padding:8px 18px;border-radius:8px;border:1px solid var(--c);background:var(--c);color:#fff;cursor:pointer}
.btn.alt{background:#fff;color:var(--c)}
.btn[disabled]{opacity:.6;cursor:progress}
`;
