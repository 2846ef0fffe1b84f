var tn,H,bi,Ie,At,Ei,$i,Fn,mn,Je,Ii,_t,Jn,Qn,wi,En={},$n=[],hr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,rn=Array.isArray;function ve(e,n){for(var t in n)e[t]=n[t];return e}function yt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Ce(e,n,t){var r,o,s,c={};for(s in n)s=="key"?r=n[s]:s=="ref"?o=n[s]:c[s]=n[s];if(arguments.length>2&&(c.children=arguments.length>3?tn.call(arguments,2):t),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)c[s]===void 0&&(c[s]=e.defaultProps[s]);return Qe(e,c,r,o,null)}function Qe(e,n,t,r,o){var s={type:e,props:n,key:t,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++bi,__i:-1,__u:0};return o==null&&H.vnode!=null&&H.vnode(s),s}function L(e){return e.children}function _n(e,n){this.props=e,this.context=n}function Re(e,n){if(n==null)return e.__?Re(e.__,e.__i+1):null;for(var t;n<e.__k.length;n++)if((t=e.__k[n])!=null&&t.__e!=null)return t.__e;return typeof e.type=="function"?Re(e):null}function mr(e){if(e.__P&&e.__d){var n=e.__v,t=n.__e,r=[],o=[],s=ve({},n);s.__v=n.__v+1,H.vnode&&H.vnode(s),vt(e.__P,s,n,e.__n,e.__P.namespaceURI,32&n.__u?[t]:null,r,t??Re(n),!!(32&n.__u),o),s.__v=n.__v,s.__.__k[s.__i]=s,Oi(r,s,o),n.__e=n.__=null,s.__e!=t&&Si(s)}}function Si(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),Si(e)}function Xn(e){(!e.__d&&(e.__d=!0)&&Ie.push(e)&&!In.__r++||At!=H.debounceRendering)&&((At=H.debounceRendering)||Ei)(In)}function In(){try{for(var e,n=1;Ie.length;)Ie.length>n&&Ie.sort($i),e=Ie.shift(),n=Ie.length,mr(e)}finally{Ie.length=In.__r=0}}function Ti(e,n,t,r,o,s,c,a,u,p,d){var g,l,f,h,y,_,m=r&&r.__k||$n,b=n.length;for(u=_r(t,n,m,u,b),g=0;g<b;g++)(f=t.__k[g])!=null&&(l=f.__i!=-1&&m[f.__i]||En,f.__i=g,_=vt(e,f,l,o,s,c,a,u,p,d),h=f.__e,f.ref&&l.ref!=f.ref&&(l.ref&&bt(l.ref,null,f),d.push(f.ref,f.__c||h,f)),y==null&&h!=null&&(y=h),4&f.__u?(u=Ni(f,u,e),l.__e&&(l.__e=null)):typeof f.type=="function"&&_!==void 0?u=_:h&&(u=h.nextSibling),f.__u&=-7);return t.__e=y,u}function _r(e,n,t,r,o){var s,c,a,u,p,d=t.length,g=d,l=0;for(e.__k=new Array(o),s=0;s<o;s++)(c=n[s])!=null&&typeof c!="boolean"&&typeof c!="function"?(typeof c=="string"||typeof c=="number"||typeof c=="bigint"||c.constructor==String?c=e.__k[s]=Qe(null,c,null,null,null):rn(c)?c=e.__k[s]=Qe(L,{children:c},null,null,null):c.constructor===void 0&&c.__b>0?c=e.__k[s]=Qe(c.type,c.props,c.key,c.ref?c.ref:null,c.__v):e.__k[s]=c,u=s+l,c.__=e,c.__b=e.__b+1,a=null,(p=c.__i=yr(c,t,u,g))!=-1&&(g--,(a=t[p])&&(a.__u|=2)),a==null||a.__v==null?(p==-1&&(o>d?l--:o<d&&l++),typeof c.type!="function"&&(c.__u|=4)):p!=u&&(p==u-1?l--:p==u+1?l++:(p>u?l--:l++,c.__u|=4))):e.__k[s]=null;if(g)for(s=0;s<d;s++)(a=t[s])!=null&&(2&a.__u)==0&&(a.__e==r&&(r=Re(a)),Ai(a,a));return r}function Ni(e,n,t){var r,o;if(typeof e.type=="function"){for(r=e.__k,o=0;r&&o<r.length;o++)r[o]&&(r[o].__=e,n=Ni(r[o],n,t));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=Re(e)),n=t.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function Ci(e,n){return n=n||[],e==null||typeof e=="boolean"||(rn(e)?e.some(function(t){Ci(t,n)}):n.push(e)),n}function yr(e,n,t,r){var o,s,c,a=e.key,u=e.type,p=n[t],d=p!=null&&(2&p.__u)==0;if(p===null&&a==null||d&&a==p.key&&u==p.type)return t;if(r>(d?1:0)){for(o=t-1,s=t+1;o>=0||s<n.length;)if((p=n[c=o>=0?o--:s++])!=null&&(2&p.__u)==0&&a==p.key&&u==p.type)return c}return-1}function Lt(e,n,t){n[0]=="-"?e.setProperty(n,t??""):e[n]=t==null?"":typeof t!="number"||hr.test(n)?t:t+"px"}function an(e,n,t,r,o){var s,c;e:if(n=="style")if(typeof t=="string")e.style.cssText=t;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(n in r)t&&n in t||Lt(e.style,n,"");if(t)for(n in t)r&&t[n]==r[n]||Lt(e.style,n,t[n])}else if(n[0]=="o"&&n[1]=="n")s=n!=(n=n.replace(Ii,"$1")),c=n.toLowerCase(),n=c in e||n=="onFocusOut"||n=="onFocusIn"?c.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+s]=t,t?r?t[Je]=r[Je]:(t[Je]=_t,e.addEventListener(n,s?Qn:Jn,s)):e.removeEventListener(n,s?Qn:Jn,s);else{if(o=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=t??"";break e}catch{}typeof t=="function"||(t==null||t===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&t==1?"":t))}}function kt(e){return function(n){if(this.l){var t=this.l[n.type+e];if(n[mn]==null)n[mn]=_t++;else if(n[mn]<t[Je])return;return t(H.event?H.event(n):n)}}}function vt(e,n,t,r,o,s,c,a,u,p){var d,g,l,f,h,y,_,m,b,E,I,T,C,A,O,S,$=n.type;if(n.constructor!==void 0)return null;128&t.__u&&(u=!!(32&t.__u),s=[a=n.__e=t.__e]),(d=H.__b)&&d(n);e:if(typeof $=="function"){g=c.length;try{if(b=n.props,E=$.prototype&&$.prototype.render,I=(d=$.contextType)&&r[d.__c],T=d?I?I.props.value:d.__:r,t.__c?m=(l=n.__c=t.__c).__=l.__E:(E?n.__c=l=new $(b,T):(n.__c=l=new _n(b,T),l.constructor=$,l.render=br),I&&I.sub(l),l.state||(l.state={}),l.__n=r,f=l.__d=!0,l.__h=[],l._sb=[]),E&&l.__s==null&&(l.__s=l.state),E&&$.getDerivedStateFromProps!=null&&(l.__s==l.state&&(l.__s=ve({},l.__s)),ve(l.__s,$.getDerivedStateFromProps(b,l.__s))),h=l.props,y=l.state,l.__v=n,f)E&&$.getDerivedStateFromProps==null&&l.componentWillMount!=null&&l.componentWillMount(),E&&l.componentDidMount!=null&&l.__h.push(l.componentDidMount);else{if(E&&$.getDerivedStateFromProps==null&&b!==h&&l.componentWillReceiveProps!=null&&l.componentWillReceiveProps(b,T),n.__v==t.__v||!l.__e&&l.shouldComponentUpdate!=null&&l.shouldComponentUpdate(b,l.__s,T)===!1){n.__v!=t.__v&&(l.props=b,l.state=l.__s,l.__d=!1),n.__e=t.__e,n.__k=t.__k,n.__k.some(function(R){R&&(R.__=n)}),$n.push.apply(l.__h,l._sb),l._sb=[],l.__h.length&&c.push(l),a=Re(t);break e}l.componentWillUpdate!=null&&l.componentWillUpdate(b,l.__s,T),E&&l.componentDidUpdate!=null&&l.__h.push(function(){l.componentDidUpdate(h,y,_)})}if(l.context=T,l.props=b,l.__P=e,l.__e=!1,C=H.__r,A=0,E)l.state=l.__s,l.__d=!1,C&&C(n),d=l.render(l.props,l.state,l.context),$n.push.apply(l.__h,l._sb),l._sb=[];else do l.__d=!1,C&&C(n),d=l.render(l.props,l.state,l.context),l.state=l.__s;while(l.__d&&++A<25);l.state=l.__s,l.getChildContext!=null&&(r=ve(ve({},r),l.getChildContext())),E&&!f&&l.getSnapshotBeforeUpdate!=null&&(_=l.getSnapshotBeforeUpdate(h,y)),O=d!=null&&d.type===L&&d.key==null?Pi(d.props.children):d,a=Ti(e,rn(O)?O:[O],n,t,r,o,s,c,a,u,p),l.base=n.__e,n.__u&=-161,l.__h.length&&c.push(l),m&&(l.__E=l.__=null)}catch(R){if(c.length=g,n.__v=null,u||s!=null){if(R.then){for(n.__u|=u?160:128;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;s!=null&&(s[s.indexOf(a)]=null),n.__e=a}else if(s!=null)for(S=s.length;S--;)yt(s[S])}else n.__e=t.__e;n.__k==null&&(n.__k=t.__k||[]),R.then||Ri(n),H.__e(R,n,t)}}else s==null&&n.__v==t.__v?(n.__k=t.__k,n.__e=t.__e):a=n.__e=vr(t.__e,n,t,r,o,s,c,u,p);return(d=H.diffed)&&d(n),128&n.__u?void 0:a}function Ri(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Ri))}function Oi(e,n,t){for(var r=0;r<t.length;r++)bt(t[r],t[++r],t[++r]);H.__c&&H.__c(n,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(s){s.call(o)})}catch(s){H.__e(s,o.__v)}})}function Pi(e){return typeof e!="object"||e==null||e.__b>0?e:rn(e)?e.map(Pi):e.constructor!==void 0?null:ve({},e)}function vr(e,n,t,r,o,s,c,a,u){var p,d,g,l,f,h,y,_=t.props||En,m=n.props,b=n.type;if(b=="svg"?o="http://www.w3.org/2000/svg":b=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),s!=null){for(p=0;p<s.length;p++)if((f=s[p])&&"setAttribute"in f==!!b&&(b?f.localName==b:f.nodeType==3)){e=f,s[p]=null;break}}if(e==null){if(b==null)return document.createTextNode(m);e=document.createElementNS(o,b,m.is&&m),a&&(H.__m&&H.__m(n,s),a=!1),s=null}if(b==null)_===m||a&&e.data==m||(e.data=m);else{if(s=b=="textarea"&&m.defaultValue!=null?null:s&&tn.call(e.childNodes),!a&&s!=null)for(_={},p=0;p<e.attributes.length;p++)_[(f=e.attributes[p]).name]=f.value;for(p in _)f=_[p],p=="dangerouslySetInnerHTML"?g=f:p=="children"||p in m||p=="value"&&"defaultValue"in m||p=="checked"&&"defaultChecked"in m||an(e,p,null,f,o);for(p in m)f=m[p],p=="children"?l=f:p=="dangerouslySetInnerHTML"?d=f:p=="value"?h=f:p=="checked"?y=f:a&&typeof f!="function"||_[p]===f||an(e,p,f,_[p],o);if(d)a||g&&(d.__html==g.__html||d.__html==e.innerHTML)||(e.innerHTML=d.__html),n.__k=[];else if(g&&(e.innerHTML=""),Ti(n.type=="template"?e.content:e,rn(l)?l:[l],n,t,r,b=="foreignObject"?"http://www.w3.org/1999/xhtml":o,s,c,s?s[0]:t.__k&&Re(t,0),a,u),s!=null)for(p=s.length;p--;)yt(s[p]);a&&b!="textarea"||(p="value",b=="progress"&&h==null?e.removeAttribute("value"):h!=null&&(h!==e[p]||b=="progress"&&!h||b=="option"&&h!=_[p])&&an(e,p,h,_[p],o),p="checked",y!=null&&y!=e[p]&&an(e,p,y,_[p],o))}return e}function bt(e,n,t){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&n==null||(e.__u=e(n))}else e.current=n}catch(o){H.__e(o,t)}}function Ai(e,n,t){var r,o;if(H.unmount&&H.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||bt(r,null,n)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){H.__e(s,n)}r.base=r.__P=r.__n=null}if(r=e.__k)for(o=0;o<r.length;o++)r[o]&&Ai(r[o],n,t||typeof e.type!="function");t||yt(e.__e),e.__c=e.__=e.__e=void 0}function br(e,n,t){return this.constructor(e,t)}function Er(e,n,t){var r,o,s,c;n==document&&(n=document.documentElement),H.__&&H.__(e,n),o=(r=!1)?null:n.__k,s=[],c=[],vt(n,e=n.__k=Ce(L,null,[e]),o||En,En,n.namespaceURI,o?null:n.firstChild?tn.call(n.childNodes):null,s,o?o.__e:n.firstChild,r,c),Oi(s,e,c),e.props.children=null}function qt(e,n,t){var r,o,s,c,a=ve({},e.props);for(s in e.type&&e.type.defaultProps&&(c=e.type.defaultProps),n)s=="key"?r=n[s]:s=="ref"?o=n[s]:a[s]=n[s]===void 0&&c!=null?c[s]:n[s];return arguments.length>2&&(a.children=arguments.length>3?tn.call(arguments,2):t),Qe(e.type,a,r||e.key,o||e.ref,null)}function Li(e){function n(t){var r,o;return this.getChildContext||(r=new Set,(o={})[n.__c]=this,this.getChildContext=function(){return o},this.componentWillUnmount=function(){r=null},this.shouldComponentUpdate=function(s){this.props.value!=s.value&&r.forEach(function(c){c.__e=!0,Xn(c)})},this.sub=function(s){r.add(s);var c=s.componentWillUnmount;s.componentWillUnmount=function(){r&&r.delete(s),c&&c.call(s)}}),t.children}return n.__c="__cC"+wi++,n.__=e,n.Provider=n.__l=(n.Consumer=function(t,r){return t.children(r)}).contextType=n,n}tn=$n.slice,H={__e:function(e,n,t,r){for(var o,s,c;n=n.__;)if((o=n.__c)&&!o.__)try{if((s=o.constructor)&&s.getDerivedStateFromError!=null&&(o.setState(s.getDerivedStateFromError(e)),c=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,r||{}),c=o.__d),c)return o.__E=o}catch(a){e=a}throw e}},bi=0,_n.prototype.setState=function(e,n){var t;t=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ve({},this.state),typeof e=="function"&&(e=e(ve({},t),this.props)),e&&ve(t,e),e!=null&&this.__v&&(n&&this._sb.push(n),Xn(this))},_n.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Xn(this))},_n.prototype.render=L,Ie=[],Ei=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,$i=function(e,n){return e.__v.__b-n.__v.__b},In.__r=0,Fn=Math.random().toString(8),mn="__d"+Fn,Je="__a"+Fn,Ii=/(PointerCapture)$|Capture$/i,_t=0,Jn=kt(!1),Qn=kt(!0),wi=0;var $r=0;function i(e,n,t,r,o,s){n||(n={});var c,a,u=n;if("ref"in u)for(a in u={},n)a=="ref"?c=n[a]:u[a]=n[a];var p={type:e,props:u,key:t,ref:c,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--$r,__i:-1,__u:0,__source:o,__self:s};if(typeof e=="function"&&(c=e.defaultProps))for(a in c)u[a]===void 0&&(u[a]=c[a]);return H.vnode&&H.vnode(p),p}var Oe,W,Mn,Dt,wn=0,ki=[],Q=H,xt=Q.__b,Ft=Q.__r,Mt=Q.diffed,Ut=Q.__c,Bt=Q.unmount,Ht=Q.__;function on(e,n){Q.__h&&Q.__h(W,e,wn||n),wn=0;var t=W.__H||(W.__H={__:[],__h:[]});return e>=t.__.length&&t.__.push({}),t.__[e]}function G(e){return wn=1,Et(xi,e)}function Et(e,n,t){var r=on(Oe++,2);if(r.t=e,!r.__c&&(r.__=[xi(void 0,n),function(a){var u=r.__N?r.__N[0]:r.__[0],p=r.t(u,a);u!==p&&(r.__N=[p,r.__[1]],r.__c.setState({}))}],r.__c=W,!W.__f)){var o=function(a,u,p){if(!r.__c.__H)return!0;var d=!1,g=r.__c.props!==a;if(r.__c.__H.__.some(function(f){if(f.__N){d=!0;var h=f.__[0];f.__=f.__N,f.__N=void 0,h!==f.__[0]&&(g=!0)}}),s){var l=s.call(this,a,u,p);return d?l||g:l}return!d||g};W.__f=!0;var s=W.shouldComponentUpdate,c=W.componentWillUpdate;W.componentWillUpdate=function(a,u,p){if(this.__e){var d=s;s=void 0,o(a,u,p),s=d}c&&c.call(this,a,u,p)},W.shouldComponentUpdate=o}return r.__N||r.__}function we(e,n){var t=on(Oe++,3);!Q.__s&&It(t.__H,n)&&(t.__=e,t.u=n,W.__H.__h.push(t))}function qi(e,n){var t=on(Oe++,4);!Q.__s&&It(t.__H,n)&&(t.__=e,t.u=n,W.__h.push(t))}function me(e){return wn=5,$t(function(){return{current:e}},[])}function $t(e,n){var t=on(Oe++,7);return It(t.__H,n)&&(t.__=e(),t.__H=n,t.__h=e),t.__}function Di(e){var n=W.context[e.__c],t=on(Oe++,9);return t.c=e,n?(t.__==null&&(t.__=!0,n.sub(W)),n.props.value):e.__}function Ir(){for(var e;e=ki.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(yn),n.__h.some(Zn),n.__h=[]}catch(t){n.__h=[],Q.__e(t,e.__v)}}}Q.__b=function(e){W=null,xt&&xt(e)},Q.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),Ht&&Ht(e,n)},Q.__r=function(e){Ft&&Ft(e),Oe=0;var n=(W=e.__c).__H;n&&(Mn===W?(n.__h=[],W.__h=[],n.__.some(function(t){t.__N&&(t.__=t.__N),t.u=t.__N=void 0})):(n.__h.some(yn),n.__h.some(Zn),n.__h=[],Oe=0)),Mn=W},Q.diffed=function(e){Mt&&Mt(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(ki.push(n)!==1&&Dt===Q.requestAnimationFrame||((Dt=Q.requestAnimationFrame)||wr)(Ir)),n.__H.__.some(function(t){t.u&&(t.__H=t.u,t.u=void 0)})),Mn=W=null},Q.__c=function(e,n){n.some(function(t){try{t.__h.some(yn),t.__h=t.__h.filter(function(r){return!r.__||Zn(r)})}catch(r){n.some(function(o){o.__h&&(o.__h=[])}),n=[],Q.__e(r,t.__v)}}),Ut&&Ut(e,n)},Q.unmount=function(e){Bt&&Bt(e);var n,t=e.__c;t&&t.__H&&(t.__H.__.some(function(r){try{yn(r)}catch(o){n=o}}),t.__H=void 0,n&&Q.__e(n,t.__v))};var Gt=typeof requestAnimationFrame=="function";function wr(e){var n,t=function(){clearTimeout(r),Gt&&cancelAnimationFrame(n),setTimeout(e)},r=setTimeout(t,35);Gt&&(n=requestAnimationFrame(t))}function yn(e){var n=W,t=e.__c;typeof t=="function"&&(e.__c=void 0,t()),W=n}function Zn(e){var n=W;e.__c=e.__(),W=n}function It(e,n){return!e||e.length!==n.length||n.some(function(t,r){return t!==e[r]})}function xi(e,n){return typeof n=="function"?n(e):n}let Le,Ge;function Sr(e){return!Ge||(typeof Ge=="string"?e.startsWith(Ge):Ge.test(e))}function Tr(e,n){let t="";if(Le=void 0,n&&n.type==="click"){if(n.ctrlKey||n.metaKey||n.altKey||n.shiftKey||n.button!==0)return e;const r=n.composedPath().find(s=>s.nodeName=="A"&&s.href),o=r&&r.getAttribute("href");if(!r||r.origin!=location.origin||/^#/.test(o)||!/^(_?self)?$/i.test(r.target)||!Sr(o)||r.download)return e;Le=!0,n.preventDefault(),t=r.href.replace(location.origin,"")}else n&&n.url?(Le=!n.replace,t=n.url):t=location.pathname+location.search;return Le===!0?history.pushState(null,"",t):Le===!1&&history.replaceState(null,"",t),t}const Nr=(e,n,t={})=>{e=e.split("/").filter(Boolean),n=(n||"").split("/").filter(Boolean),t.params||(t.params={});for(let r=0,o,s;r<Math.max(e.length,n.length);r++){let[,c,a,u]=(n[r]||"").match(/^(:?)(.*?)([+*?]?)$/);if(o=e[r],!(!c&&a==o)){if(!c&&o&&u=="*"){t.rest="/"+e.slice(r).join("/");break}if(!c||!o&&u!="?"&&u!="*")return;if(s=u=="+"||u=="*",s?o=e.slice(r).map(decodeURIComponent).join("/")||void 0:o&&(o=decodeURIComponent(o)),t.params[a]=o,a in t||(t[a]=o),s)break}}return t};function sn(e){const[n,t]=Et(Tr,e.url||location.pathname+location.search);e.scope&&(Ge=e.scope);const r=Le===!0,o=$t(()=>{const s=new URL(n,location.origin),c=s.pathname.replace(/\/+$/g,"")||"/";return{url:n,path:c,query:Object.fromEntries(s.searchParams),route:(a,u)=>t({url:a,replace:u}),back:()=>{history.back()},forward:()=>{history.forward()},wasPush:r}},[n]);return qi(()=>(addEventListener("click",t),addEventListener("popstate",t),()=>{removeEventListener("click",t),removeEventListener("popstate",t)}),[]),Ce(sn.ctx.Provider,{value:o},e.children)}const Cr=Promise.resolve();function Fi(e){const[n,t]=Et(S=>S+1,0),{url:r,query:o,wasPush:s,path:c}=be();if(!r)throw new Error("preact-iso's <Router> must be used within a <LocationProvider>, see: https://github.com/preactjs/preact-iso#locationprovider");const{rest:a=c,params:u={}}=Di(jt),p=me(!1),d=me(c),g=me(1),l=me(),f=me(),h=me(),y=me(!1),_=me();_.current=!1;let m,b,E;Ci(e.children).some(S=>{if(Nr(a,S.props.path,E={...S.props,path:a,query:o,params:Object.assign({},u),rest:""}))return m=qt(S,E);S.props.default&&(b=qt(S,E))});let I=m||b;const T=l.current&&l.current.__u&ln&&l.current.__u&cn,C=l.current&&l.current.__h,A=$t(()=>{f.current=l.current,l.current=Ce(jt.Provider,{value:E},I);const S=f.current&&f.current.props.children;return!S||!I||I.type!==S.type||I.props.component!==S.props.component?(g.current++,!0):!1},[r,JSON.stringify(E)]);T?(l.current.__u|=ln,l.current.__u|=cn):C&&(l.current.__h=!0);const O=f.current;return f.current=null,this.__c=(S,$)=>{_.current=!0,f.current=O,e.onLoadStart&&e.onLoadStart(r),p.current=!0;let R=g.current;S.then(()=>{R===g.current&&(f.current=null,l.current&&($.__h&&(l.current.__h=$.__h),$.__u&cn&&(l.current.__u|=cn),$.__u&ln&&(l.current.__u|=ln)),Cr.then(t))})},qi(()=>{const S=this.__v&&this.__v.__e;if(_.current){!y.current&&!h.current&&(h.current=S);return}!y.current&&h.current&&(h.current!==S&&h.current.remove(),h.current=null),y.current=!0,d.current!==c&&(s&&scrollTo(0,0),e.onRouteChange&&e.onRouteChange(r),d.current=c),e.onLoadEnd&&p.current&&e.onLoadEnd(r),p.current=!1},[c,s,n]),A?[Ce(Un,{r:l,key:g.current}),Ce(Un,{r:f,key:g.current-1})]:Ce(Un,{r:l,key:g.current})}const ln=32,cn=128,Un=({r:e})=>e.current;Fi.Provider=sn;sn.ctx=Li({});const jt=Li({}),oe=e=>Ce(e.component,e),be=()=>Di(sn.ctx),Rr={colon:" : ",open:"« ",close:" »",lawNumber:e=>`Loi n° ${e}`,skip:"Aller au contenu",nav:"Navigation principale",law:"Loi",map:"Carte",timeline:"Chronologie",search:"Recherche",curation:"Curation",language:"Langue",loading:"Chargement…",notFound:"Introuvable",error:"Erreur",stages:"Étapes législatives",events:"Événements",timeAxis:"Axe du temps : étapes et événements",articlesByTheme:"Articles par thème",status:"Statut",parameters:"Mesures à chaque étape",measure:"Mesure",beforeTheLaw:"avant la loi",diff:"Comparer deux moments",diffFrom:"De",diffTo:"À",diffHelp:"Une étape ou une date (AAAA-MM-JJ)",text:"Texte",noText:"Aucune source ne donne le texte à ce moment.",sourceAccount:"Récit d'une source, pas le texte légal",measures:"Mesures",noMeasureChange:"Aucune mesure ne change.",incidents:"Incidents liés",criticisms:"Critiques et soutiens",evidence:"Preuves",source:"Source",reliability:"Fiabilité",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"non confirmé : sources peu fiables seulement",claims:"Affirmations contestées",contested:"contesté",filters:"Filtres",from:"Du",to:"Au",kind:"Type",provision:"Disposition",any:"Tous",markers:(e,n)=>`${e} incident${e>1?"s":""} sur la carte, ${n} sans coordonnées`,basemapCredit:"Fond de carte : Natural Earth 1:50m (domaine public), paquet npm world-atlas.",searchLabel:"Rechercher (français ou anglais)",results:e=>`${e} résultat${e>1?"s":""}`,byRight:"Critiques par droit invoqué",readSource:"Lire la source",citedPassages:e=>`${e} passage${e>1?"s":""} cité${e>1?"s":""}`,supports:"appuie",token:"Jeton d'API",signIn:"Se connecter",signOut:"Se déconnecter",signedIn:"Connecté",signedInAs:e=>`Connecté en tant que ${e}`,signedInWithToken:"Connecté avec un jeton d'API",roles:{contributor:"contributeur",editor:"éditeur",admin:"administrateur"},login:"Identifiant (adresse e-mail ou nom d'utilisateur)",password:"Mot de passe",haveInvitation:"J'ai une invitation",invitationCode:"Code d'invitation",newPassword:"Nouveau mot de passe",newPasswordHelp:"12 caractères au moins ; une phrase de passe est plus facile à retenir.",acceptInvitation:"Créer mon compte",useToken:"Utiliser un jeton d'API",useTokenHelp:"Pour qui utilise aussi des scripts : un jeton créé par un administrateur.",wrongLogin:"Identifiant ou mot de passe incorrect.",throttled:e=>`Trop de tentatives : réessayez dans ${e} s.`,signedOut:"Vous êtes déconnecté.",signOutFailed:"La déconnexion a échoué ; réessayez.",serverMessages:{"this invitation does not exist, was used already, or has expired":"Cette invitation n'existe pas, a déjà servi ou a expiré.","an account with this login exists":"Un compte existe déjà avec cet identifiant.","a login (an e-mail address or a user name) has 3 to 254 characters":"Un identifiant (adresse e-mail ou nom d'utilisateur) a de 3 à 254 caractères.","a login may not contain spaces or control characters":"Un identifiant ne peut contenir ni espace ni caractère de contrôle.","a password needs at least 12 characters":"Un mot de passe a au moins 12 caractères.","a password has at most 256 characters":"Un mot de passe a au plus 256 caractères.","the password may not be the login":"Le mot de passe ne peut pas être l'identifiant.","the account was created but could not be signed in":"Le compte est créé, mais la connexion a échoué : connectez-vous ci-dessus.","sign in from this server's own pages":"Connectez-vous depuis les pages de ce serveur.","accept invitations from this server's own pages":"Acceptez l'invitation depuis les pages de ce serveur."},linkTitle:"Lier à une disposition, preuve à l'appui",linkWhat:"Quoi lier",criticism:"Critique",incident:"Incident",relation:"Relation",selectPassage:"Sélectionnez le passage dans la source ci-dessous, puis :",useSelection:"Prendre la sélection comme citation",linkSelection:"Lier ce passage à une disposition",quote:"Citation",note:"Note",link:"Lier",linked:"Lien enregistré.",editTitle:"Modifier le résumé d'une critique",summary:"Résumé",version:"Version",save:"Enregistrer",saved:"Enregistré.",conflict:"Conflit : quelqu'un a modifié cet enregistrement depuis votre lecture.",currentRecord:"L'enregistrement actuel",reapply:"Réappliquer ma modification",facility:"Établissement",aliases:"Autres noms",actor:"Acteur",stance:"Position",date:"Date",outcomes:"Bilan",none:"Aucun",notTranslated:"Ce résumé n'est pas encore traduit : il est affiché en anglais.",summaryFr:"Résumé en français",summaryEn:"Résumé en anglais",proposals:"Propositions",proposalsIntro:"Les modifications d'un contributeur attendent qu'un éditeur ou un administrateur les relise avant d'être publiées.",sentForReview:"Envoyé pour relecture : ce n'est pas publié tant qu'un éditeur ne l'a pas approuvé.",seeProposals:"Voir mes propositions",waitingTitle:"En attente de relecture",reviewedTitle:"Relues",noProposals:"Aucune proposition.",proposedBy:(e,n)=>`Proposée par ${e} le ${n}`,reviewedBy:(e,n)=>`Relue par ${e} le ${n}`,reason:"Raison",proposalVerbs:{CREATE:"Créer",UPDATE:"Modifier",DELETE:"Supprimer",LINK:"Lier",UNLINK:"Retirer le lien",LOAD:"Charger"},changedFields:"Champs modifiés",field:"Champ",before:"Avant",after:"Après",nothing:"(rien)",yes:"oui",no:"non",noFieldChanges:"Aucun champ ne change.",approve:"Approuver",reject:"Refuser",rejectReason:"Raison du refus (son auteur la lira)",sendRejection:"Refuser la proposition",cancel:"Annuler",approvedNotice:"Proposition approuvée : elle est publiée.",rejectedNotice:"Proposition refusée.",ownProposal:"Votre proposition : un autre éditeur la relira.",seePublished:"Voir ce qui est publié",currentAgainstProposal:"L'enregistrement actuel (avant) et la proposition (après)",reviewErrors:{CONFLICT:"L'enregistrement a changé depuis cette proposition : elle ne peut plus être appliquée telle quelle. Refusez-la ou demandez à son auteur de la refaire.",FORBIDDEN:"Vous ne pouvez pas relire cette proposition : c'est la vôtre, elle a déjà été relue, ou c'est une suppression, que seul un administrateur approuve.",NOT_FOUND:"Cette proposition, ou l'enregistrement qu'elle modifie, n'existe plus.",BAD_USER_INPUT:"La proposition ne peut pas être appliquée telle quelle : ses données ne sont plus valides.",UNAUTHENTICATED:"Votre session a pris fin : reconnectez-vous."},reasonRequired:"Dites pourquoi vous refusez : son auteur le lira.",currentVersionIs:e=>`Version actuelle de l'enregistrement : ${e}.`,fieldNames:{slug:"identifiant",name:"nom",summary:"résumé",summary_fr:"résumé en français",summaryFr:"résumé en français",quote:"citation",note:"note",citations:"preuves",source:"source",provision:"disposition",criticism:"critique",incident:"incident",relation:"relation",stance:"position",rights:"droits invoqués",actor:"acteur",stated_on:"date de la déclaration",statedOn:"date de la déclaration",version:"version",title:"titre",description:"description",kind:"type",disputed:"contesté",disputed_note:"note sur la contestation"}},Or={colon:": ",open:"“",close:"”",lawNumber:e=>`Law No. ${e}`,skip:"Skip to content",nav:"Main navigation",law:"Law",map:"Map",timeline:"Timeline",search:"Search",curation:"Curation",language:"Language",loading:"Loading…",notFound:"Not found",error:"Error",stages:"Legislative stages",events:"Events",timeAxis:"Time axis: stages and events",articlesByTheme:"Articles by theme",status:"Status",parameters:"Measures at each stage",measure:"Measure",beforeTheLaw:"before the law",diff:"Compare two moments",diffFrom:"From",diffTo:"To",diffHelp:"A stage or a day (YYYY-MM-DD)",text:"Text",noText:"No source gives the text at that moment.",sourceAccount:"A source's account, not the legal wording",measures:"Measures",noMeasureChange:"No measure changes.",incidents:"Linked incidents",criticisms:"Criticisms and support",evidence:"Evidence",source:"Source",reliability:"Reliability",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"unconfirmed: low-reliability sources only",claims:"Contested claims",contested:"contested",filters:"Filters",from:"From",to:"To",kind:"Kind",provision:"Provision",any:"Any",markers:(e,n)=>`${e} incident${e>1?"s":""} on the map, ${n} without coordinates`,basemapCredit:"Basemap: Natural Earth 1:50m (public domain), npm package world-atlas.",searchLabel:"Search (French or English)",results:e=>`${e} result${e>1?"s":""}`,byRight:"Criticisms by right invoked",readSource:"Read the source",citedPassages:e=>`${e} cited passage${e>1?"s":""}`,supports:"supports",token:"API token",signIn:"Sign in",signOut:"Sign out",signedIn:"Signed in",signedInAs:e=>`Signed in as ${e}`,signedInWithToken:"Signed in with an API token",roles:{contributor:"contributor",editor:"editor",admin:"administrator"},login:"Login (e-mail address or user name)",password:"Password",haveInvitation:"I have an invitation",invitationCode:"Invitation code",newPassword:"New password",newPasswordHelp:"At least 12 characters; a passphrase is easier to remember.",acceptInvitation:"Create my account",useToken:"Use an API token",useTokenHelp:"For people who also run scripts: a token made by an administrator.",wrongLogin:"Wrong login or password.",throttled:e=>`Too many attempts: try again in ${e} s.`,signedOut:"You are signed out.",signOutFailed:"Signing out failed; try again.",serverMessages:{"this invitation does not exist, was used already, or has expired":"This invitation does not exist, was used already, or has expired.","an account with this login exists":"An account with this login exists.","a login (an e-mail address or a user name) has 3 to 254 characters":"A login (an e-mail address or a user name) has 3 to 254 characters.","a login may not contain spaces or control characters":"A login may not contain spaces or control characters.","a password needs at least 12 characters":"A password needs at least 12 characters.","a password has at most 256 characters":"A password has at most 256 characters.","the password may not be the login":"The password may not be the login.","the account was created but could not be signed in":"The account was created but could not be signed in: sign in above.","sign in from this server's own pages":"Sign in from this server's own pages.","accept invitations from this server's own pages":"Accept invitations from this server's own pages."},linkTitle:"Link to a provision, with evidence",linkWhat:"What to link",criticism:"Criticism",incident:"Incident",relation:"Relation",selectPassage:"Select the passage in the source below, then:",useSelection:"Use the selection as the quote",linkSelection:"Link this passage to a provision",quote:"Quote",note:"Note",link:"Link",linked:"Link recorded.",editTitle:"Edit a criticism's summary",summary:"Summary",version:"Version",save:"Save",saved:"Saved.",conflict:"Conflict: someone changed this record since you read it.",currentRecord:"The current record",reapply:"Reapply my change",facility:"Facility",aliases:"Other names",actor:"Actor",stance:"Stance",date:"Date",outcomes:"Outcomes",none:"None",notTranslated:"This summary has no French translation yet: it is shown in English.",summaryFr:"Summary in French",summaryEn:"Summary in English",proposals:"Proposals",proposalsIntro:"A contributor's changes wait until an editor or an administrator reviews them before they are published.",sentForReview:"Sent for review: it is not published until an editor approves it.",seeProposals:"See my proposals",waitingTitle:"Waiting for review",reviewedTitle:"Reviewed",noProposals:"No proposals.",proposedBy:(e,n)=>`Proposed by ${e} on ${n}`,reviewedBy:(e,n)=>`Reviewed by ${e} on ${n}`,reason:"Reason",proposalVerbs:{CREATE:"Create",UPDATE:"Update",DELETE:"Delete",LINK:"Link",UNLINK:"Remove the link",LOAD:"Load"},changedFields:"Changed fields",field:"Field",before:"Before",after:"After",nothing:"(nothing)",yes:"yes",no:"no",noFieldChanges:"No field changes.",approve:"Approve",reject:"Reject",rejectReason:"Why it is rejected (its author will read this)",sendRejection:"Reject the proposal",cancel:"Cancel",approvedNotice:"Proposal approved: it is published.",rejectedNotice:"Proposal rejected.",ownProposal:"Your proposal: another editor will review it.",seePublished:"See what is published",currentAgainstProposal:"The current record (before) and the proposal (after)",reviewErrors:{CONFLICT:"The record changed since this proposal was made: it cannot be applied as it is. Reject it or ask its author to make it again.",FORBIDDEN:"You cannot review this proposal: it is yours, it was reviewed already, or it is a deletion, which only an administrator approves.",NOT_FOUND:"This proposal, or the record it changes, no longer exists.",BAD_USER_INPUT:"The proposal cannot be applied as it is: its data are no longer valid.",UNAUTHENTICATED:"Your session ended: sign in again."},reasonRequired:"Say why you reject it: its author will read this.",currentVersionIs:e=>`The record's current version: ${e}.`,fieldNames:{slug:"identifier",name:"name",summary:"summary",summary_fr:"summary in French",summaryFr:"summary in French",quote:"quote",note:"note",citations:"evidence",source:"source",provision:"provision",criticism:"criticism",incident:"incident",relation:"relation",stance:"stance",rights:"rights invoked",actor:"actor",stated_on:"date of the statement",statedOn:"date of the statement",version:"version",title:"title",description:"description",kind:"kind",disputed:"disputed",disputed_note:"note on the dispute"}},Pr={fr:Rr,en:Or},Ar={fr:{PROPOSED:"proposé",ADOPTED:"adopté",IN_FORCE:"en vigueur",IN_FORCE_WITH_RESERVATION:"en vigueur sous réserve",PARTLY_CENSURED:"partiellement censuré",CENSURED:"censuré",DROPPED:"supprimé",REPEALED:"abrogé",DETENTION_REGIME:"Régime de détention",COMMUNICATIONS:"Communications",PROSECUTION:"Poursuites",FACILITIES:"Établissements",INVESTIGATION:"Enquête",ASSETS:"Avoirs",PUBLIC_ORDER:"Ordre public",PROCEDURE:"Procédure",MONEY_LAUNDERING:"Blanchiment",INFORMANTS:"Repentis et informateurs",LOCAL_POWERS:"Pouvoirs des maires et préfets",CUSTOMS_PORTS:"Douanes et ports",UNKNOWN:"Contenu non encore documenté",HIGH:"élevée",MEDIUM:"moyenne",LOW:"faible",UNRELIABLE:"non fiable",UNRATED:"non évaluée",ARSON:"incendie",GUNFIRE:"tirs",VANDALISM:"vandalisme",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"émeute",ASSAULT:"agression",SMUGGLING:"contrebande",ESCAPE_ATTEMPT:"tentative d'évasion",OTHER:"autre",OPPOSES:"s'oppose",CONCERNED:"inquiet",SUPPORTS:"soutient",DEMANDS_ACTION:"demande d'agir",LEGISLATIVE_STAGE:"étape",INCIDENT:"incident",STATEMENT:"déclaration",LIFECYCLE_EVENT:"événement",REACTION_TO_PROVISION:"réaction à la disposition",CITED_AS_JUSTIFICATION:"invoqué comme justification",COINCIDED_WITH_DEBATE:"pendant le débat",PROVISION:"disposition",CRITICISM:"critique",FACILITY:"établissement",ACTOR:"acteur",SOURCE:"source",LAW:"loi",CLAIM_QUESTION:"question contestée",PROVISION_INCIDENT:"lien disposition–incident",PROVISION_CRITICISM:"lien disposition–critique",CAMPAIGN:"campagne",PERSON:"personne",GOVERNMENT:"gouvernement",PUBLIC_BODY:"organisme public",PROSECUTOR:"parquet",UNION:"syndicat",NGO:"ONG",PROFESSIONAL_BODY:"organisation professionnelle",COURT:"juridiction",CRIMINAL_GROUP:"groupe criminel",SENATE:"Sénat",NATIONAL_ASSEMBLY:"Assemblée nationale",JOINT_COMMITTEE:"commission mixte paritaire",CONSTITUTIONAL_COUNCIL:"Conseil constitutionnel",PRESIDENT:"Président de la République",YEAR:"année",MONTH:"mois",DAY:"jour",GENERATION:"promulgation",AMENDMENT:"amendement",CENSURE:"censure",PARTIAL_CENSURE:"censure partielle",RESERVATION:"réserve d'interprétation",REPEAL:"abrogation",IMPLEMENTING_DECREE:"décret d'application",ENTRY_INTO_FORCE:"entrée en vigueur",FACILITY_OPENING:"ouverture d'un établissement",COURT_DECISION:"décision de justice",ASSESSMENT:"évaluation",BODY_ESTABLISHED:"installation d'un organe",PRISON:"prison",SCHOOL:"école",STAFF_HOUSING:"logement du personnel",FR:"français",EN:"anglais",CREATE:"création",UPDATE:"modification",DELETE:"suppression",LINK:"lien",UNLINK:"retrait d'un lien",LOAD:"chargement",DURATION:"durée",COUNT:"nombre",CAPACITY:"capacité",MONEY:"montant",PERCENTAGE:"pourcentage",EXACTLY:"exactement",UP_TO:"jusqu'à",ABOUT:"environ",AT_LEAST:"au moins",MORE_THAN:"plus de",BETWEEN:"entre",NEWS_REPORT:"article de presse",FORUM_POST:"message de forum",RESEARCH_COMPILATION:"compilation de recherche",GENERATED_CONTENT:"contenu généré",OFFICIAL_TEXT:"texte officiel",INTRODUCED:"dépôt",COMMITTEE_TEXT:"texte de commission",VOTE:"vote",FINAL_VOTE:"vote définitif",REFERRAL:"saisine",DECISION:"décision",PROMULGATION:"promulgation",PUBLICATION:"publication",KEPT:"inchangé",INSERTED:"ajouté",DELETED:"supprimé",WORDING:"texte légal",SOURCE_ACCOUNT:"récit d'une source",PENDING:"en attente de relecture",APPROVED:"approuvée",REJECTED:"refusée"},en:{PROPOSED:"proposed",ADOPTED:"adopted",IN_FORCE:"in force",IN_FORCE_WITH_RESERVATION:"in force with a reservation",PARTLY_CENSURED:"partly censured",CENSURED:"censured",DROPPED:"dropped",REPEALED:"repealed",DETENTION_REGIME:"Detention regime",COMMUNICATIONS:"Communications",PROSECUTION:"Prosecution",FACILITIES:"Facilities",INVESTIGATION:"Investigation",ASSETS:"Assets",PUBLIC_ORDER:"Public order",PROCEDURE:"Procedure",MONEY_LAUNDERING:"Money laundering",INFORMANTS:"Informants and collaborators of justice",LOCAL_POWERS:"Powers of mayors and prefects",CUSTOMS_PORTS:"Customs and ports",UNKNOWN:"Content not yet documented",HIGH:"high",MEDIUM:"medium",LOW:"low",UNRELIABLE:"unreliable",UNRATED:"unrated",ARSON:"arson",GUNFIRE:"gunfire",VANDALISM:"vandalism",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"riot",ASSAULT:"assault",SMUGGLING:"smuggling",ESCAPE_ATTEMPT:"escape attempt",OTHER:"other",OPPOSES:"opposes",CONCERNED:"concerned",SUPPORTS:"supports",DEMANDS_ACTION:"demands action",LEGISLATIVE_STAGE:"stage",INCIDENT:"incident",STATEMENT:"statement",LIFECYCLE_EVENT:"event",REACTION_TO_PROVISION:"reaction to the provision",CITED_AS_JUSTIFICATION:"cited as justification",COINCIDED_WITH_DEBATE:"during the debate",PROVISION:"provision",CRITICISM:"criticism",FACILITY:"facility",ACTOR:"actor",SOURCE:"source",LAW:"law",CLAIM_QUESTION:"contested question",PROVISION_INCIDENT:"provision–incident link",PROVISION_CRITICISM:"provision–criticism link",CAMPAIGN:"campaign",PERSON:"person",GOVERNMENT:"government",PUBLIC_BODY:"public body",PROSECUTOR:"prosecutor's office",UNION:"union",NGO:"NGO",PROFESSIONAL_BODY:"professional body",COURT:"court",CRIMINAL_GROUP:"criminal group",SENATE:"Senate",NATIONAL_ASSEMBLY:"National Assembly",JOINT_COMMITTEE:"joint committee",CONSTITUTIONAL_COUNCIL:"Constitutional Council",PRESIDENT:"President of the Republic",YEAR:"year",MONTH:"month",DAY:"day",GENERATION:"promulgation",AMENDMENT:"amendment",CENSURE:"censure",PARTIAL_CENSURE:"partial censure",RESERVATION:"interpretive reservation",REPEAL:"repeal",IMPLEMENTING_DECREE:"implementing decree",ENTRY_INTO_FORCE:"entry into force",FACILITY_OPENING:"facility opening",COURT_DECISION:"court decision",ASSESSMENT:"assessment",BODY_ESTABLISHED:"body established",PRISON:"prison",SCHOOL:"school",STAFF_HOUSING:"staff housing",FR:"French",EN:"English",CREATE:"creation",UPDATE:"update",DELETE:"deletion",LINK:"link",UNLINK:"link removed",LOAD:"load",DURATION:"duration",COUNT:"count",CAPACITY:"capacity",MONEY:"amount",PERCENTAGE:"percentage",EXACTLY:"exactly",UP_TO:"up to",ABOUT:"about",AT_LEAST:"at least",MORE_THAN:"more than",BETWEEN:"between",NEWS_REPORT:"news report",FORUM_POST:"forum post",RESEARCH_COMPILATION:"research compilation",GENERATED_CONTENT:"generated content",OFFICIAL_TEXT:"official text",INTRODUCED:"introduced",COMMITTEE_TEXT:"committee text",VOTE:"vote",FINAL_VOTE:"final vote",REFERRAL:"referral",DECISION:"decision",PROMULGATION:"promulgation",PUBLICATION:"publication",KEPT:"kept",INSERTED:"inserted",DELETED:"deleted",WORDING:"legal wording",SOURCE_ACCOUNT:"a source's account",PENDING:"waiting for review",APPROVED:"approved",REJECTED:"rejected"}};function Lr(e){return e.toLowerCase().replace(/_/g," ")}function kr(){const{query:e}=be();return e.lang==="en"?"en":"fr"}function F(){const e=kr();return{t:Pr[e],lang:e,apiLang:e==="en"?"EN":"FR",label:n=>Ar[e][n]??Lr(n),href:(n,t)=>qr(e,n,t)}}function qr(e,n,t={}){const r=new URLSearchParams;for(const[s,c]of Object.entries(t))c&&r.set(s,c);e==="en"&&r.set("lang","en");const o=r.toString();return`/app${n}${o?`?${o}`:""}`}function de({citations:e}){const{t:n,label:t,href:r}=F();return e.length===0?null:i("ul",{class:"evidence","aria-label":n.evidence,children:e.map(o=>i("li",{children:[i("blockquote",{children:i("a",{class:"quote",href:r(`/sources/${o.source.slug}`,{quote:o.quote}),children:[n.open,o.quote,n.close]})}),i("span",{class:"cite",children:[o.source.title," · ",n.reliability,n.colon,i("span",{class:`rel rel-${o.source.reliability}`,children:t(o.source.reliability)}),o.note?` · ${o.note}`:""]})]}))})}function De({value:e}){const{t:n,label:t}=F(),r=e.onlyLowReliability;return i("span",{class:`badge ${r?"badge-weak":"badge-ok"}`,title:n.corroboration,children:[n.corroboration,n.colon,n.sources(e.sourceCount),e.bestReliability?` · ${t(e.bestReliability)}`:"",r?` · ${n.unconfirmed}`:""]})}function Dr({text:e}){const n=e.split(/\[\[|\]\]/);return i("span",{class:"snippet",children:n.map((t,r)=>r%2===1?i("mark",{children:t}):t)})}function Xe({value:e}){const{label:n}=F();return i("span",{class:`status status-${e}`,children:n(e)})}function ge({query:e,children:n}){const{t}=F();return e.data?(xr(),i(L,{children:n(e.data)})):e.error?i("p",{role:"alert",class:"error",children:[t.error,t.colon,e.error.message]}):i("p",{"aria-busy":"true",children:t.loading})}function xr(){performance.getEntriesByName("lawtracker:first-render").length===0&&requestAnimationFrame(()=>{performance.getEntriesByName("lawtracker:first-render").length===0&&performance.mark("lawtracker:first-render")})}function Fr(){const{t:e}=F();return i("h1",{children:e.notFound})}class j extends String{constructor(n,t){super(n),this.value=n,this.__meta__=t}toString(){return this.value}}const Mr=new j(`
    fragment NodeLink on Node {
  __typename
  ... on Provision {
    slug
  }
  ... on Incident {
    slug
  }
  ... on Criticism {
    slug
  }
  ... on Facility {
    slug
  }
  ... on Actor {
    slug
  }
  ... on Source {
    slug
  }
  ... on Law {
    slug
  }
}
    `,{fragmentName:"NodeLink"}),Ur=new j(`
    query ActorPage($slug: ID!, $lang: Language) {
  actor(id: $slug) {
    slug
    name
    kind
    description
    citations {
      quote
      note
      source {
        slug
        title
        reliability
      }
    }
    criticisms(first: 100) {
      nodes {
        slug
        stance
        rights
        summary(lang: $lang)
        quote
        statedOn
        provisions {
          provision {
            slug
            heading(lang: $lang)
          }
        }
        citations {
          quote
          note
          source {
            slug
            title
            reliability
          }
        }
      }
    }
  }
}
    `),Br=new j(`
    query CurationChoices($lang: Language) {
  provisions(first: 100) {
    nodes {
      slug
      heading(lang: $lang)
    }
  }
  criticisms(first: 100) {
    nodes {
      slug
      summary(lang: $lang)
      author {
        name
      }
    }
  }
  incidents(first: 100) {
    nodes {
      slug
      title(lang: $lang)
      occurredOn
    }
  }
  sources(first: 100) {
    nodes {
      slug
      title
    }
  }
}
    `),Hr=new j(`
    query CurationSource($slug: ID!) {
  source(id: $slug) {
    slug
    title
    text
  }
}
    `),Gr=new j(`
    mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
  linkCriticism(criticism: $criticism, input: $input) {
    revision {
      id
      operation
    }
    proposal {
      id
      status
    }
  }
}
    `),jr=new j(`
    mutation LinkIncident($input: IncidentLinkInput!) {
  linkIncident(input: $input) {
    revision {
      id
      operation
    }
    proposal {
      id
      status
    }
  }
}
    `),Vr=new j(`
    query EditCriticism($slug: ID!) {
  criticism(id: $slug) {
    slug
    version
    stance
    rights
    quote
    statedOn
    summary(lang: EN)
    french: localizedSummary(lang: FR) {
      text
      language
    }
    author {
      slug
    }
    citations {
      quote
      note
      source {
        slug
      }
    }
  }
}
    `),Wr=new j(`
    mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
  updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) {
    revision {
      id
    }
    proposal {
      id
      status
    }
  }
}
    `),Yr=new j(`
    query IncidentPage($slug: ID!, $lang: Language) {
  incident(id: $slug) {
    slug
    title(lang: $lang)
    summary(lang: $lang)
    occurredOn
    timeOfDay
    kinds
    place
    campaign
    facility {
      slug
      name
      city
    }
    investigatingBody {
      slug
      name
    }
    outcomes {
      display(lang: $lang)
      name
      citations {
        quote
        note
        source {
          slug
          title
          reliability
        }
      }
    }
    citations {
      quote
      note
      source {
        slug
        title
        reliability
      }
    }
    corroboration {
      sourceCount
      bestReliability
      onlyLowReliability
    }
    provisions {
      relation
      provision {
        slug
        heading(lang: $lang)
      }
      citations {
        quote
        note
        source {
          slug
          title
          reliability
        }
      }
    }
    claims {
      slug
      question
      contested
      claims {
        value
        citations {
          quote
          note
          source {
            slug
            title
            reliability
          }
        }
        corroboration {
          sourceCount
          bestReliability
          onlyLowReliability
        }
      }
    }
  }
}
    `),zr=new j(`
    query FacilityPage($slug: ID!, $lang: Language) {
  facility(id: $slug) {
    slug
    name
    kind
    city
    aliases
    latitude
    longitude
    coordinatesNote
    citations {
      quote
      note
      source {
        slug
        title
        reliability
      }
    }
    incidents(first: 100) {
      nodes {
        slug
        title(lang: $lang)
        occurredOn
        kinds
      }
    }
    claims {
      slug
      question
      contested
      claims {
        value
        citations {
          quote
          note
          source {
            slug
            title
            reliability
          }
        }
        corroboration {
          sourceCount
          bestReliability
          onlyLowReliability
        }
      }
    }
  }
}
    `),Kr=new j(`
    query CriticismPage($slug: ID!, $lang: Language) {
  criticism(id: $slug) {
    slug
    stance
    rights
    summary(lang: $lang)
    quote
    statedOn
    version
    author {
      slug
      name
    }
    citations {
      quote
      note
      source {
        slug
        title
        reliability
      }
    }
    corroboration {
      sourceCount
      bestReliability
      onlyLowReliability
    }
    provisions {
      provision {
        slug
        heading(lang: $lang)
      }
      citations {
        quote
        note
        source {
          slug
          title
          reliability
        }
      }
    }
  }
}
    `),Jr=new j(`
    query LawPage($lang: Language) {
  laws(first: 1) {
    nodes {
      slug
      number
      title(lang: $lang) {
        text
      }
      status
      summary
      stages {
        slug
        occurredOn
        kind
        chamber
        outcome
        description
      }
      events {
        slug
        kind
        occurredOn
        title(lang: $lang)
        provision {
          slug
        }
      }
      provisions(first: 100) {
        nodes {
          slug
          article
          heading(lang: $lang)
          theme
          status
        }
      }
    }
  }
}
    `),Qr=new j(`
    query MapPage($filter: IncidentFilterInput, $lang: Language) {
  incidentsGeojson(filter: $filter, lang: $lang)
  provisions(first: 100) {
    nodes {
      slug
      heading(lang: $lang)
    }
  }
}
    `),Xr=new j(`
    query LawCitations($lang: Language) {
  laws(first: 5) {
    nodes {
      slug
      titleFr
      citations {
        quote
        source {
          slug
        }
      }
      stages {
        slug
        description
        citations {
          quote
          source {
            slug
          }
        }
      }
      events {
        slug
        title(lang: $lang)
        provision {
          slug
        }
        citations {
          quote
          source {
            slug
          }
        }
      }
      claims {
        question
        claims {
          value
          citations {
            quote
            source {
              slug
            }
          }
        }
      }
    }
  }
  facilities(first: 100) {
    nodes {
      slug
      name
      citations {
        quote
        source {
          slug
        }
      }
    }
  }
  actors(first: 100) {
    nodes {
      slug
      name
      citations {
        quote
        source {
          slug
        }
      }
    }
  }
}
    `),Zr=new j(`
    query ProvisionCitations($lang: Language) {
  provisions(first: 100) {
    nodes {
      slug
      heading(lang: $lang)
      citations {
        quote
        source {
          slug
        }
      }
      parameters {
        label
        citations {
          quote
          source {
            slug
          }
        }
      }
      texts {
        text
        source {
          slug
        }
      }
    }
  }
}
    `),eo=new j(`
    query IncidentCitations($lang: Language) {
  incidents(first: 100) {
    nodes {
      slug
      title(lang: $lang)
      citations {
        quote
        source {
          slug
        }
      }
      outcomes {
        name
        citations {
          quote
          source {
            slug
          }
        }
      }
      provisions {
        provision {
          slug
          heading(lang: $lang)
        }
        citations {
          quote
          source {
            slug
          }
        }
      }
    }
  }
}
    `),no=new j(`
    query CriticismCitations($lang: Language) {
  criticisms(first: 100) {
    nodes {
      slug
      summary(lang: $lang)
      citations {
        quote
        source {
          slug
        }
      }
      provisions {
        provision {
          slug
          heading(lang: $lang)
        }
        citations {
          quote
          source {
            slug
          }
        }
      }
    }
  }
}
    `),to=new j(`
    query Proposals {
  proposals {
    id
    status
    operation
    entityType
    entitySlug
    before
    after
    proposedBy
    proposedAt
    reviewedBy
    reviewedAt
    reason
  }
}
    `),io=new j(`
    mutation ApproveProposal($id: ID!) {
  approveProposal(id: $id) {
    revision {
      id
    }
    proposal {
      id
      status
    }
  }
}
    `),ro=new j(`
    mutation RejectProposal($id: ID!, $reason: String!) {
  rejectProposal(id: $id, reason: $reason) {
    id
    status
    reason
  }
}
    `),oo=new j(`
    query CurrentRecord($id: ID!, $at: DateTime!) {
  knownAt(id: $id, at: $at) {
    after
  }
}
    `),so=new j(`
    query ProvisionPage($slug: ID!, $lang: Language) {
  provision(id: $slug) {
    slug
    article
    heading(lang: $lang)
    summary: localizedSummary(lang: $lang) {
      text
      language
    }
    status
    theme
    version
    law {
      stages {
        slug
        occurredOn
        description
      }
    }
    events {
      slug
      kind
      occurredOn
      title(lang: $lang)
    }
    parameters {
      name
      label(lang: $lang)
      display(lang: $lang)
      baseline
      stage {
        slug
        occurredOn
      }
    }
    corroboration {
      sourceCount
      bestReliability
      onlyLowReliability
    }
    citations {
      quote
      note
      source {
        slug
        title
        reliability
      }
    }
    incidents {
      relation
      note
      incident {
        slug
        title(lang: $lang)
        occurredOn
        facility {
          name
        }
      }
      citations {
        quote
        note
        source {
          slug
          title
          reliability
        }
      }
      corroboration {
        sourceCount
        bestReliability
        onlyLowReliability
      }
    }
    criticisms {
      note
      criticism {
        slug
        stance
        summary(lang: $lang)
        rights
        author {
          slug
          name
        }
      }
      citations {
        quote
        note
        source {
          slug
          title
          reliability
        }
      }
      corroboration {
        sourceCount
        bestReliability
        onlyLowReliability
      }
    }
    claims {
      slug
      question
      contested
      claims {
        value
        citations {
          quote
          note
          source {
            slug
            title
            reliability
          }
        }
        corroboration {
          sourceCount
          bestReliability
          onlyLowReliability
        }
      }
    }
  }
}
    `),ao=new j(`
    query ProvisionDiff($slug: ID!, $from: String!, $to: String!, $lang: Language) {
  provision(id: $slug) {
    diff(from: $from, to: $to) {
      from
      to
      statusFrom
      statusTo
      measures {
        name
        from {
          label(lang: $lang)
          display(lang: $lang)
          beforeTheLaw
        }
        to {
          label(lang: $lang)
          display(lang: $lang)
          beforeTheLaw
        }
      }
      textFrom {
        kind
        text
        source {
          slug
          title
        }
      }
      textTo {
        kind
        text
        source {
          slug
          title
        }
      }
      text {
        change
        text
      }
    }
  }
}
    `),lo=new j(`
    query SearchPage($q: String!) {
  search(query: $q, first: 30) {
    totalCount
    nodes {
      type
      slug
      title
      snippet
      node {
        id
        ...NodeLink
      }
    }
  }
}
    fragment NodeLink on Node {
  __typename
  ... on Provision {
    slug
  }
  ... on Incident {
    slug
  }
  ... on Criticism {
    slug
  }
  ... on Facility {
    slug
  }
  ... on Actor {
    slug
  }
  ... on Source {
    slug
  }
  ... on Law {
    slug
  }
}`),co=new j(`
    query SourcePage($slug: ID!) {
  source(id: $slug) {
    slug
    title
    publisher
    publishedOn
    language
    url
    kind
    reliability
    reliabilityNote
    text
  }
}
    `),uo=new j(`
    query TimelinePage($from: Date, $to: Date, $lang: Language) {
  timeline(from: $from, to: $to, first: 100) {
    type
    date
    datePrecision
    title(lang: $lang)
    slug
    node {
      id
      ...NodeLink
    }
  }
}
    fragment NodeLink on Node {
  __typename
  ... on Provision {
    slug
  }
  ... on Incident {
    slug
  }
  ... on Criticism {
    slug
  }
  ... on Facility {
    slug
  }
  ... on Actor {
    slug
  }
  ... on Source {
    slug
  }
  ... on Law {
    slug
  }
}`),po={"\n  query ActorPage($slug: ID!, $lang: Language) {\n    actor(id: $slug) {\n      slug name kind description\n      citations { quote note source { slug title reliability } }\n      criticisms(first: 100) {\n        nodes {\n          slug stance rights summary(lang: $lang) quote statedOn\n          provisions { provision { slug heading(lang: $lang) } }\n          citations { quote note source { slug title reliability } }\n        }\n      }\n    }\n  }\n":Ur,"\n  query CurationChoices($lang: Language) {\n    provisions(first: 100) { nodes { slug heading(lang: $lang) } }\n    criticisms(first: 100) { nodes { slug summary(lang: $lang) author { name } } }\n    incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn } }\n    sources(first: 100) { nodes { slug title } }\n  }\n":Br,"\n  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }\n":Hr,"\n  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {\n    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } proposal { id status } }\n  }\n":Gr,"\n  mutation LinkIncident($input: IncidentLinkInput!) {\n    linkIncident(input: $input) { revision { id operation } proposal { id status } }\n  }\n":jr,"\n  query EditCriticism($slug: ID!) {\n    criticism(id: $slug) {\n      slug version stance rights quote statedOn\n      summary(lang: EN)\n      french: localizedSummary(lang: FR) { text language }\n      author { slug }\n      citations { quote note source { slug } }\n    }\n  }\n":Vr,"\n  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {\n    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } proposal { id status } }\n  }\n":Wr,"\n  query IncidentPage($slug: ID!, $lang: Language) {\n    incident(id: $slug) {\n      slug title(lang: $lang) summary(lang: $lang) occurredOn timeOfDay kinds place campaign\n      facility { slug name city }\n      investigatingBody { slug name }\n      outcomes { display(lang: $lang) name citations { quote note source { slug title reliability } } }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { relation provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":Yr,"\n  query FacilityPage($slug: ID!, $lang: Language) {\n    facility(id: $slug) {\n      slug name kind city aliases latitude longitude coordinatesNote\n      citations { quote note source { slug title reliability } }\n      incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn kinds } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":zr,"\n  query CriticismPage($slug: ID!, $lang: Language) {\n    criticism(id: $slug) {\n      slug stance rights summary(lang: $lang) quote statedOn version\n      author { slug name }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }\n    }\n  }\n":Kr,"\n  query LawPage($lang: Language) {\n    laws(first: 1) {\n      nodes {\n        slug\n        number\n        title(lang: $lang) { text }\n        status\n        summary\n        stages { slug occurredOn kind chamber outcome description }\n        events { slug kind occurredOn title(lang: $lang) provision { slug } }\n        provisions(first: 100) { nodes { slug article heading(lang: $lang) theme status } }\n      }\n    }\n  }\n":Jr,"\n  query MapPage($filter: IncidentFilterInput, $lang: Language) {\n    incidentsGeojson(filter: $filter, lang: $lang)\n    provisions(first: 100) { nodes { slug heading(lang: $lang) } }\n  }\n":Qr,"\n  query LawCitations($lang: Language) {\n    laws(first: 5) {\n      nodes {\n        slug titleFr citations { quote source { slug } }\n        stages { slug description citations { quote source { slug } } }\n        events { slug title(lang: $lang) provision { slug } citations { quote source { slug } } }\n        claims { question claims { value citations { quote source { slug } } } }\n      }\n    }\n    facilities(first: 100) { nodes { slug name citations { quote source { slug } } } }\n    actors(first: 100) { nodes { slug name citations { quote source { slug } } } }\n  }\n":Xr,"\n  query ProvisionCitations($lang: Language) {\n    provisions(first: 100) {\n      nodes {\n        slug heading(lang: $lang) citations { quote source { slug } }\n        parameters { label citations { quote source { slug } } }\n        texts { text source { slug } }\n      }\n    }\n  }\n":Zr,"\n  query IncidentCitations($lang: Language) {\n    incidents(first: 100) {\n      nodes {\n        slug title(lang: $lang) citations { quote source { slug } }\n        outcomes { name citations { quote source { slug } } }\n        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }\n      }\n    }\n  }\n":eo,"\n  query CriticismCitations($lang: Language) {\n    criticisms(first: 100) {\n      nodes {\n        slug summary(lang: $lang) citations { quote source { slug } }\n        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }\n      }\n    }\n  }\n":no,"\n  fragment NodeLink on Node {\n    __typename\n    ... on Provision { slug }\n    ... on Incident { slug }\n    ... on Criticism { slug }\n    ... on Facility { slug }\n    ... on Actor { slug }\n    ... on Source { slug }\n    ... on Law { slug }\n  }\n":Mr,"\n  query Proposals {\n    proposals {\n      id status operation entityType entitySlug before after\n      proposedBy proposedAt reviewedBy reviewedAt reason\n    }\n  }\n":to,"\n  mutation ApproveProposal($id: ID!) {\n    approveProposal(id: $id) { revision { id } proposal { id status } }\n  }\n":io,"\n  mutation RejectProposal($id: ID!, $reason: String!) {\n    rejectProposal(id: $id, reason: $reason) { id status reason }\n  }\n":ro,"\n  query CurrentRecord($id: ID!, $at: DateTime!) { knownAt(id: $id, at: $at) { after } }\n":oo,"\n  query ProvisionPage($slug: ID!, $lang: Language) {\n    provision(id: $slug) {\n      slug article heading(lang: $lang) summary: localizedSummary(lang: $lang) { text language } status theme version\n      law { stages { slug occurredOn description } }\n      events { slug kind occurredOn title(lang: $lang) }\n      parameters { name label(lang: $lang) display(lang: $lang) baseline stage { slug occurredOn } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      citations { quote note source { slug title reliability } }\n      incidents {\n        relation note\n        incident { slug title(lang: $lang) occurredOn facility { name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      criticisms {\n        note\n        criticism { slug stance summary(lang: $lang) rights author { slug name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      claims {\n        slug question contested\n        claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } }\n      }\n    }\n  }\n":so,"\n  query ProvisionDiff($slug: ID!, $from: String!, $to: String!, $lang: Language) {\n    provision(id: $slug) {\n      diff(from: $from, to: $to) {\n        from to statusFrom statusTo\n        measures { name from { label(lang: $lang) display(lang: $lang) beforeTheLaw } to { label(lang: $lang) display(lang: $lang) beforeTheLaw } }\n        textFrom { kind text source { slug title } }\n        textTo { kind text source { slug title } }\n        text { change text }\n      }\n    }\n  }\n":ao,"\n  query SearchPage($q: String!) {\n    search(query: $q, first: 30) {\n      totalCount\n      nodes { type slug title snippet node { id ...NodeLink } }\n    }\n  }\n":lo,"\n  query SourcePage($slug: ID!) {\n    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }\n  }\n":co,"\n  query TimelinePage($from: Date, $to: Date, $lang: Language) {\n    timeline(from: $from, to: $to, first: 100) {\n      type date datePrecision title(lang: $lang) slug\n      node { id ...NodeLink }\n    }\n  }\n":uo};function V(e){return po[e]??{}}function se(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Ne(e){return se(e)==="object"}function go(e){return Array.isArray(e)&&e.length>0&&e.every(n=>"message"in n)}function Vt(e,n){return e.length<124?e:n}const fo="graphql-transport-ws";var ae=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(ae||{}),le=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(le||{});function Mi(e){if(!Ne(e))throw new Error(`Message is expected to be an object, but got ${se(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${se(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Ne(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${se(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ne(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${se(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${se(e.payload.query)}`);if(e.payload.variables!=null&&!Ne(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${se(e.payload.variables)}`);if(e.payload.operationName!=null&&se(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${se(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Ne(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${se(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${se(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ne(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${se(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${se(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!go(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${se(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function ho(e,n){return Mi(typeof e=="string"?JSON.parse(e,n):e)}function Be(e,n){return Mi(e),JSON.stringify(e,n)}function mo(e){const{url:n,connectionParams:t,lazy:r=!0,onNonLazyError:o=console.error,lazyCloseTimeout:s=0,keepAlive:c=0,disablePong:a,connectionAckWaitTimeout:u=0,retryAttempts:p=5,retryWait:d=async function(v){const w=Math.pow(2,v);await new Promise(P=>setTimeout(P,w*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:g=Bn,on:l,webSocketImpl:f,generateID:h=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,v=>{const w=Math.random()*16|0;return(v=="x"?w:w&3|8).toString(16)})},jsonMessageReplacer:y,jsonMessageReviver:_}=e;let m;if(f){if(!yo(f))throw new Error("Invalid WebSocket implementation provided");m=f}else typeof WebSocket<"u"?m=WebSocket:typeof global<"u"?m=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(m=window.WebSocket||window.MozWebSocket);if(!m)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const b=m,E=(()=>{const N=(()=>{const w={};return{on(P,q){return w[P]=q,()=>{delete w[P]}},emit(P){"id"in P&&w[P.id]?.(P)}}})(),v={connecting:l?.connecting?[l.connecting]:[],opened:l?.opened?[l.opened]:[],connected:l?.connected?[l.connected]:[],ping:l?.ping?[l.ping]:[],pong:l?.pong?[l.pong]:[],message:l?.message?[N.emit,l.message]:[N.emit],closed:l?.closed?[l.closed]:[],error:l?.error?[l.error]:[]};return{onMessage:N.on,on(w,P){const q=v[w];return q.push(P),()=>{const x=q.indexOf(P);x>-1&&q.splice(x,1)}},emit(w,...P){for(const q of[...v[w]])q(...P)}}})();function I(N){const v=[E.on("error",w=>{v.forEach(P=>P()),N(w)}),E.on("closed",w=>{v.forEach(P=>P()),N(w)})];return()=>v.forEach(w=>w())}let T,C=0,A,O=!1,S=0,$=!1;async function R(){clearTimeout(A);const[N,v]=await(T??(T=new Promise((q,x)=>(async()=>{if(O){if(await d(S),!C)return T=void 0,x({code:1e3,reason:"All Subscriptions Gone"});S++}E.emit("connecting",O);const k=new b(typeof n=="function"?await n():n,fo);let Z,ie;function re(){isFinite(c)&&c>0&&(clearTimeout(ie),ie=setTimeout(()=>{k.readyState===b.OPEN&&(k.send(Be({type:le.Ping})),E.emit("ping",!1,void 0))},c))}I(K=>{T=void 0,clearTimeout(Z),clearTimeout(ie),x(K),K instanceof Wt&&(k.close(4499,"Terminated"),k.onerror=null,k.onclose=null)}),k.onerror=K=>E.emit("error",K),k.onclose=K=>E.emit("closed",K),k.onopen=async()=>{try{E.emit("opened",k);const K=typeof t=="function"?await t():t;if(k.readyState!==b.OPEN)return;k.send(Be(K?{type:le.ConnectionInit,payload:K}:{type:le.ConnectionInit},y)),isFinite(u)&&u>0&&(Z=setTimeout(()=>{k.close(ae.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},u)),re()}catch(K){E.emit("error",K),k.close(ae.InternalClientError,Vt(K instanceof Error?K.message:String(K),"Internal client error"))}};let fe=!1;k.onmessage=({data:K})=>{try{const ee=ho(K,_);if(E.emit("message",ee),ee.type==="ping"||ee.type==="pong"){E.emit(ee.type,!0,ee.payload),ee.type==="pong"?re():a||(k.send(Be(ee.payload?{type:le.Pong,payload:ee.payload}:{type:le.Pong},y)),E.emit("pong",!1,ee.payload));return}if(fe)return;if(ee.type!==le.ConnectionAck)throw new Error(`First message cannot be of type ${ee.type}`);clearTimeout(Z),fe=!0,E.emit("connected",k,ee.payload,O),O=!1,S=0;const Pt=new Promise((pa,fr)=>I(fr));Pt.catch(()=>{}),q([k,Pt])}catch(ee){k.onmessage=null,E.emit("error",ee),k.close(ae.BadResponse,Vt(ee instanceof Error?ee.message:String(ee),"Bad response"))}}})())));N.readyState===b.CLOSING&&await v;let w=()=>{};const P=new Promise(q=>w=q);return[N,w,new Promise((q,x)=>{const k=I(x);N.readyState!==b.OPEN&&v.catch(x),P.then(()=>{if(k(),!C){const Z=()=>N.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(A),A=setTimeout(()=>{!C&&N.readyState===b.OPEN&&Z()},s)):Z()}q()})})]}function B(N){if(Bn(N)&&(_o(N.code)||[ae.InternalServerError,ae.InternalClientError,ae.BadRequest,ae.BadResponse,ae.Unauthorized,ae.SubprotocolNotAcceptable,ae.SubscriberAlreadyExists,ae.TooManyInitialisationRequests].includes(N.code)))throw N;if($)return!1;if(Bn(N)&&N.code===1e3)return C>0;if(!p||S>=p||!g(N))throw N;return O=!0}r||(async()=>{for(C++;;)try{const[,,N]=await R();await N}catch(N){try{if(!B(N))return}catch(v){return o?.(v)}}})();function M(N,v){const w=h(N);let P=!1,q=!1,x=()=>{C--,P=!0};return(async()=>{for(C++;;)try{const[k,Z,ie]=await R();if(P)return ie.catch(()=>{}),Z();const re=E.onMessage(w,fe=>{switch(fe.type){case le.Next:{v.next(fe.payload);return}case le.Error:{q=!0,P=!0,v.error(fe.payload),x();return}case le.Complete:{P=!0,x();return}}});k.send(Be({id:w,type:le.Subscribe,payload:N},y)),x=()=>{!P&&k.readyState===b.OPEN&&k.send(Be({id:w,type:le.Complete},y)),C--,P=!0,Z()},await ie.finally(re);return}catch(k){if(!B(k))return}})().then(()=>{q||v.complete()}).catch(k=>{v.error(k)}),()=>{P||x()}}return{on:E.on,subscribe:M,iterate(N){const v=[],w={done:!1,error:null,resolve:()=>{}},P=M(N,{next(x){v.push(x),w.resolve()},error(x){w.done=!0,w.error=x,w.resolve()},complete(){w.done=!0,w.resolve()}}),q=(async function*(){for(;;){for(v.length||await new Promise(k=>w.resolve=k);v.length;)yield v.shift();if(w.error)throw w.error;if(w.done)return}})();return q.throw=async x=>(w.done||(w.done=!0,w.error=x,w.resolve()),{done:!0,value:void 0}),q.return=async()=>(P(),{done:!0,value:void 0}),q},async dispose(){if($=!0,T){const[N]=await T;N.close(1e3,"Normal Closure")}},terminate(){T&&E.emit("closed",new Wt)}}}class Wt extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function Bn(e){return Ne(e)&&"code"in e&&"reason"in e}function _o(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function yo(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}const Dn="lawtracker-token";function Ui(e,n){const t=window.getSelection();if(!e||!t||t.rangeCount===0||t.isCollapsed)return;const r=t.getRangeAt(0);if(!e.contains(r.startContainer)||!e.contains(r.endContainer))return;const o=document.createRange();o.setStart(e,0),o.setEnd(r.startContainer,r.startOffset);const s=o.toString().length;return n.slice(s,s+r.toString().length)}let Sn;const et=new Set;function xe(e){Sn=e,et.forEach(n=>n(e))}function Bi(e){return e?.kind==="session"?{"x-csrf-token":e.csrfToken}:e?.kind==="token"?{authorization:`Bearer ${e.token}`}:{}}async function wt(e,n,t={}){return fetch(e,{method:"POST",credentials:"same-origin",headers:{"content-type":"application/json",...t},body:JSON.stringify(n)})}async function Hi(e){const n=await e.json().catch(()=>({}));if(e.ok&&n.login&&n.csrfToken){sessionStorage.removeItem(Dn),xe({kind:"session",login:n.login,role:n.role??"",csrfToken:n.csrfToken});return}if(e.status===401)return{kind:"refused"};if(e.status===429)return{kind:"throttled",seconds:Number(e.headers.get("retry-after"))||60};const t=n.errors?.[0],r=t?.extensions?.field,o=(t?.message??`HTTP ${e.status}`).replace(/^\w+: /,"");return r==="code"||r==="login"||r==="password"?{kind:"field",field:r,message:o}:{kind:"other",message:o}}async function vo(e,n){try{return await Hi(await wt("/auth/sign-in",{login:e,password:n}))}catch(t){return{kind:"other",message:String(t)}}}async function bo(e,n,t){try{return await Hi(await wt("/auth/accept-invitation",{code:e,login:n,password:t}))}catch(r){return{kind:"other",message:String(r)}}}function Eo(e){sessionStorage.setItem(Dn,e),xe({kind:"token",token:e})}async function $o(){const e=Sn;if(sessionStorage.removeItem(Dn),e?.kind==="session"){const n=await wt("/auth/sign-out",{},Bi(e)).catch(()=>{});if(!n||!n.ok&&n.status!==401)return!1}return xe(null),!0}async function xn(){const e=sessionStorage.getItem(Dn);if(e)return xe({kind:"token",token:e});try{const n=await fetch("/auth/session",{credentials:"same-origin"}),t=await n.json().catch(()=>({}));if(n.ok&&t.login&&t.csrfToken)return xe({kind:"session",login:t.login,role:t.role??"",csrfToken:t.csrfToken})}catch{}xe(null)}function St(){const[e,n]=G(Sn);return we(()=>(et.add(n),n(Sn),()=>{et.delete(n)}),[]),{auth:e??null,checking:e===void 0}}class Se extends Error{constructor(n){super(n.map(t=>t.message).join("; ")),this.errors=n}get code(){return this.errors[0]?.extensions?.code}}async function $e(e,n,t){const r=await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:{"content-type":"application/json",...Bi(t)},body:JSON.stringify({query:e.toString(),variables:n})}),o=await r.json().catch(()=>({}));if(!r.ok&&!o.errors?.length)throw new Se([{message:`HTTP ${r.status} from /graphql`}]);if(o.errors?.length)throw new Se(o.errors);return o.data}let un;const Hn=new Set,Io="subscription { changes { id entityType entitySlug related } }";function wo(e){if(Hn.add(e),!un){const n=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/ws`;un=mo({url:n,retryAttempts:1/0,lazy:!1}),un.subscribe({query:Io},{next:t=>{const r=t.data?.changes;r&&Hn.forEach(o=>o(r))},error:()=>{},complete:()=>{}}),un.on("connected",()=>document.documentElement.setAttribute("data-live","connected"))}return()=>{Hn.delete(e)}}function ne(e,n,t=!0){const r=JSON.stringify(n),[o,s]=G({loading:!0}),[c,a]=G(0);return we(()=>{let u=!0;return s(p=>({...p,loading:!0})),$e(e,n).then(p=>u&&s({data:p,loading:!1})).catch(p=>u&&s({error:p,loading:!1})),()=>{u=!1}},[r,c]),we(()=>{if(!t)return;let u;const p=wo(()=>{clearTimeout(u),u=setTimeout(()=>a(d=>d+1),150)});return()=>{clearTimeout(u),p()}},[t]),{...o,reload:()=>a(u=>u+1)}}const So=V(`
  query LawPage($lang: Language) {
    laws(first: 1) {
      nodes {
        slug
        number
        title(lang: $lang) { text }
        status
        summary
        stages { slug occurredOn kind chamber outcome description }
        events { slug kind occurredOn title(lang: $lang) provision { slug } }
        provisions(first: 100) { nodes { slug article heading(lang: $lang) theme status } }
      }
    }
  }
`);function Tn(e){const[n,t="1",r="1"]=e.split("-");return Date.UTC(Number(n),Number(t)-1,Number(r))/864e5}function To({items:e,label:n}){if(e.length===0)return null;const t=e.map(a=>Tn(a.date)),r=Math.min(...t),o=Math.max(...t),s=1e3,c=a=>20+(a-r)/Math.max(1,o-r)*(s-40);return i("figure",{class:"axis",children:i("svg",{viewBox:`0 0 ${s} 60`,role:"img","aria-label":n,children:[i("line",{x1:"20",x2:s-20,y1:"30",y2:"30",stroke:"#333"}),e.map((a,u)=>i("circle",{cx:c(Tn(a.date)),cy:a.kind==="stage"?22:38,r:"5",class:a.kind==="stage"?"dot-stage":"dot-event","data-index":u,children:i("title",{children:`${a.date} — ${a.label}`})})),i("text",{x:"20",y:"56",class:"axis-label",children:e[0]?.date}),i("text",{x:s-20,y:"56","text-anchor":"end",class:"axis-label",children:e[e.length-1]?.date})]})})}function Yt(){const{t:e,label:n,href:t,apiLang:r}=F(),o=ne(So,{lang:r});return i(ge,{query:o,children:s=>{const c=s.laws.nodes[0];if(!c)return i("p",{children:e.notFound});const a=[...c.stages.map(d=>({key:d.slug,date:d.occurredOn,label:d.description,kind:"stage"})),...c.events.map(d=>({key:d.slug,date:d.occurredOn,label:d.title,kind:"event"}))].sort((d,g)=>Tn(d.date)-Tn(g.date)),u=new Map;for(const d of c.provisions.nodes)u.set(d.theme,[...u.get(d.theme)??[],d]);const p=[...u.entries()].sort(([d],[g])=>+(d==="UNKNOWN")-+(g==="UNKNOWN"));return i(L,{children:[i("h1",{children:c.title.text}),i("p",{children:[c.number?`${e.lawNumber(c.number)} · `:"",e.status,e.colon,i(Xe,{value:c.status})]}),i("p",{children:c.summary}),i("h2",{children:e.timeAxis}),i(To,{items:a,label:e.timeAxis}),i("p",{class:"legend",children:[i("span",{class:"key key-stage","aria-hidden":"true"})," ",e.stages," · ",i("span",{class:"key key-event","aria-hidden":"true"})," ",e.events]}),i("ol",{class:"chrono",children:a.map(d=>i("li",{class:`chrono-${d.kind}`,children:[i("time",{children:d.date})," ",i("span",{class:`tag tag-${d.kind}`,children:n(d.kind==="stage"?"LEGISLATIVE_STAGE":"LIFECYCLE_EVENT")})," ",d.label]}))}),i("h2",{children:e.articlesByTheme}),p.map(([d,g])=>i("section",{class:"theme",children:[i("h3",{children:n(d)}),i("ul",{children:g.map(l=>i("li",{children:[i("a",{href:t(`/provisions/${l.slug}`),children:[l.article?`${l.article} — `:"",l.heading]})," ",i(Xe,{value:l.status})]}))})]}))]})}})}function Tt({claims:e}){const{t:n}=F();return e.length===0?null:i("section",{children:[i("h2",{children:n.claims}),e.map(t=>i("div",{class:"claim-question",children:[i("h3",{children:[t.question," ",t.contested&&i("span",{class:"badge badge-weak",children:n.contested})]}),i("div",{class:"side-by-side",children:t.claims.map(r=>i("div",{class:"claim",children:[i("p",{class:"claim-value",children:r.value}),i(De,{value:r.corroboration}),i(de,{citations:r.citations})]}))})]}))]})}const No=V(`
  query ProvisionPage($slug: ID!, $lang: Language) {
    provision(id: $slug) {
      slug article heading(lang: $lang) summary: localizedSummary(lang: $lang) { text language } status theme version
      law { stages { slug occurredOn description } }
      events { slug kind occurredOn title(lang: $lang) }
      parameters { name label(lang: $lang) display(lang: $lang) baseline stage { slug occurredOn } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      citations { quote note source { slug title reliability } }
      incidents {
        relation note
        incident { slug title(lang: $lang) occurredOn facility { name } }
        citations { quote note source { slug title reliability } }
        corroboration { sourceCount bestReliability onlyLowReliability }
      }
      criticisms {
        note
        criticism { slug stance summary(lang: $lang) rights author { slug name } }
        citations { quote note source { slug title reliability } }
        corroboration { sourceCount bestReliability onlyLowReliability }
      }
      claims {
        slug question contested
        claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } }
      }
    }
  }
`),Co=V(`
  query ProvisionDiff($slug: ID!, $from: String!, $to: String!, $lang: Language) {
    provision(id: $slug) {
      diff(from: $from, to: $to) {
        from to statusFrom statusTo
        measures { name from { label(lang: $lang) display(lang: $lang) beforeTheLaw } to { label(lang: $lang) display(lang: $lang) beforeTheLaw } }
        textFrom { kind text source { slug title } }
        textTo { kind text source { slug title } }
        text { change text }
      }
    }
  }
`);function Ro(e){const n=new Date(`${e.length===10?e:`${e}-01`.slice(0,10)}T00:00:00Z`);return n.setUTCDate(n.getUTCDate()-1),n.toISOString().slice(0,10)}function Oo({parameters:e,stages:n}){const{t}=F();if(e.length===0)return null;const r=[...new Set(e.map(s=>s.name))],o=n.filter(s=>e.some(c=>c.stage?.slug===s.slug));return i("table",{class:"parameters",children:[i("caption",{children:t.parameters}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:t.measure}),i("th",{scope:"col",children:t.beforeTheLaw}),o.map(s=>i("th",{scope:"col",children:[i("time",{children:s.occurredOn}),i("br",{}),s.slug]}))]})}),i("tbody",{children:r.map(s=>{const c=e.filter(a=>a.name===s);return i("tr",{children:[i("th",{scope:"row",children:c[0].label}),i("td",{children:c.find(a=>a.baseline)?.baseline??""}),o.map(a=>i("td",{children:c.filter(u=>u.stage?.slug===a.slug).map(u=>u.display).join(" · ")}))]})})})]})}function Po({slug:e,from:n,to:t}){const{t:r,apiLang:o}=F(),s=ne(Co,{slug:e,from:n,to:t,lang:o});return i(ge,{query:s,children:c=>{const a=c.provision?.diff;return a?i("div",{class:"diff","aria-live":"polite",children:[i("p",{children:[a.from," → ",a.to," · ",r.status,r.colon,a.statusFrom?i(Xe,{value:a.statusFrom}):"—"," → ",a.statusTo?i(Xe,{value:a.statusTo}):"—"]}),i("h3",{children:r.measures}),a.measures.length===0?i("p",{children:r.noMeasureChange}):i("table",{class:"measures",children:[i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:r.measure}),i("th",{scope:"col",children:a.from}),i("th",{scope:"col",children:a.to})]})}),i("tbody",{children:a.measures.map(u=>i("tr",{class:"measure-change","data-name":u.name,children:[i("th",{scope:"row",children:u.from?.label??u.to?.label??u.name}),i("td",{class:"measure-from",children:i("del",{children:u.from?.display??"—"})}),i("td",{class:"measure-to",children:i("ins",{children:u.to?.display??"—"})})]}))})]}),i("h3",{children:r.text}),a.text.length===0?i("p",{children:r.noText}):i(L,{children:[[a.textFrom,a.textTo].some(u=>u?.kind==="SOURCE_ACCOUNT")&&i("p",{class:"note",children:r.sourceAccount}),i("p",{class:"text-diff",children:a.text.map(u=>u.change==="DELETED"?i("del",{children:u.text}):u.change==="INSERTED"?i("ins",{children:u.text}):i("span",{children:u.text}))})]})]}):null}})}function Ao({slug:e}){const{t:n,lang:t,label:r,href:o,apiLang:s}=F(),{query:c,path:a,route:u}=be(),p=ne(No,{slug:e,lang:s});return i(ge,{query:p,children:d=>{const g=d.provision;if(!g)return i("h1",{children:n.notFound});const l=g.law.stages,f=l[0]?Ro(l[0].occurredOn):"2000-01-01",h=c.from||f,y=c.to||(l.find(m=>m.slug==="promulgation")??l[l.length-1])?.slug||f,_=m=>{m.preventDefault();const b=new FormData(m.currentTarget),E=new URLSearchParams(c);E.set("from",String(b.get("from"))),E.set("to",String(b.get("to"))),u(`${a}?${E}`)};return i(L,{children:[i("h1",{children:[g.article?`${g.article} — `:"",g.heading]}),i("p",{children:[n.status,n.colon,i(Xe,{value:g.status})," · ",r(g.theme)," · ",i(De,{value:g.corroboration})]}),i("p",{class:"summary",lang:g.summary.language.toLowerCase(),children:g.summary.text}),g.summary.language.toLowerCase()!==t&&i("p",{class:"note",children:n.notTranslated}),i(de,{citations:g.citations}),g.events.length>0&&i(L,{children:[i("h2",{children:n.events}),i("ul",{children:g.events.map(m=>i("li",{children:[i("time",{children:m.occurredOn})," ",m.title]}))})]}),i(Oo,{parameters:g.parameters,stages:l}),i("h2",{children:n.diff}),i("form",{class:"diff-form",onSubmit:_,children:[i("datalist",{id:"moments",children:[i("option",{value:f,children:n.beforeTheLaw}),l.map(m=>i("option",{value:m.slug,children:[m.occurredOn," — ",m.description]}))]}),i("label",{children:[n.diffFrom," ",i("input",{name:"from",list:"moments",defaultValue:h,"aria-describedby":"diff-help"})]}),i("label",{children:[n.diffTo," ",i("input",{name:"to",list:"moments",defaultValue:y,"aria-describedby":"diff-help"})]}),i("button",{type:"submit",children:n.diff}),i("small",{id:"diff-help",children:n.diffHelp})]},`${h}|${y}`),i(Po,{slug:g.slug,from:h,to:y}),i("h2",{children:n.incidents}),g.incidents.length===0?i("p",{children:n.none}):i("ul",{class:"links",children:g.incidents.map(m=>i("li",{children:[i("a",{href:o(`/incidents/${m.incident.slug}`),children:m.incident.title})," (",m.incident.occurredOn,m.incident.facility?`, ${m.incident.facility.name}`:"",") · ",r(m.relation)," · ",i(De,{value:m.corroboration}),m.note&&i("p",{class:"note",children:m.note}),i(de,{citations:m.citations})]}))}),i("h2",{children:n.criticisms}),g.criticisms.length===0?i("p",{children:n.none}):i("ul",{class:"links criticisms",children:g.criticisms.map(m=>i("li",{"data-slug":m.criticism.slug,children:[i("a",{href:o(`/actors/${m.criticism.author.slug}`),children:m.criticism.author.name})," · ",r(m.criticism.stance)," ·"," ",i("a",{href:o(`/criticisms/${m.criticism.slug}`),children:m.criticism.summary})," · ",i(De,{value:m.corroboration}),i(de,{citations:m.citations})]}))}),i(Tt,{claims:g.claims})]})}})}function vn(e,n){return e==null||n==null?NaN:e<n?-1:e>n?1:e>=n?0:NaN}function Lo(e,n){return e==null||n==null?NaN:n<e?-1:n>e?1:n>=e?0:NaN}function Gi(e){let n,t,r;e.length!==2?(n=vn,t=(a,u)=>vn(e(a),u),r=(a,u)=>e(a)-u):(n=e===vn||e===Lo?e:ko,t=e,r=e);function o(a,u,p=0,d=a.length){if(p<d){if(n(u,u)!==0)return d;do{const g=p+d>>>1;t(a[g],u)<0?p=g+1:d=g}while(p<d)}return p}function s(a,u,p=0,d=a.length){if(p<d){if(n(u,u)!==0)return d;do{const g=p+d>>>1;t(a[g],u)<=0?p=g+1:d=g}while(p<d)}return p}function c(a,u,p=0,d=a.length){const g=o(a,u,p,d-1);return g>p&&r(a[g-1],u)>-r(a[g],u)?g-1:g}return{left:o,center:c,right:s}}function ko(){return 0}function qo(e){return e===null?NaN:+e}Gi(vn);Gi(qo).center;class Pe{constructor(){this._partials=new Float64Array(32),this._n=0}add(n){const t=this._partials;let r=0;for(let o=0;o<this._n&&o<32;o++){const s=t[o],c=n+s,a=Math.abs(n)<Math.abs(s)?n-(c-s):s-(c-n);a&&(t[r++]=a),n=c}return t[r]=n,this._n=r+1,this}valueOf(){const n=this._partials;let t=this._n,r,o,s,c=0;if(t>0){for(c=n[--t];t>0&&(r=c,o=n[--t],c=r+o,s=o-(c-r),!s););t>0&&(s<0&&n[t-1]<0||s>0&&n[t-1]>0)&&(o=s*2,r=c+o,o==r-c&&(c=r))}return c}}function*Do(e){for(const n of e)yield*n}function ji(e){return Array.from(Do(e))}var U=1e-6,D=Math.PI,X=D/2,zt=D/4,pe=D*2,he=180/D,te=D/180,z=Math.abs,Nt=Math.atan,Fe=Math.atan2,Y=Math.cos,xo=Math.exp,nt=Math.log,Gn=Math.pow,J=Math.sin,je=Math.sign||function(e){return e>0?1:e<0?-1:0},Te=Math.sqrt,Vi=Math.tan;function Fo(e){return e>1?0:e<-1?D:Math.acos(e)}function Ze(e){return e>1?X:e<-1?-X:Math.asin(e)}function ue(){}function Nn(e,n){e&&Jt.hasOwnProperty(e.type)&&Jt[e.type](e,n)}var Kt={Feature:function(e,n){Nn(e.geometry,n)},FeatureCollection:function(e,n){for(var t=e.features,r=-1,o=t.length;++r<o;)Nn(t[r].geometry,n)}},Jt={Sphere:function(e,n){n.sphere()},Point:function(e,n){e=e.coordinates,n.point(e[0],e[1],e[2])},MultiPoint:function(e,n){for(var t=e.coordinates,r=-1,o=t.length;++r<o;)e=t[r],n.point(e[0],e[1],e[2])},LineString:function(e,n){tt(e.coordinates,n,0)},MultiLineString:function(e,n){for(var t=e.coordinates,r=-1,o=t.length;++r<o;)tt(t[r],n,0)},Polygon:function(e,n){Qt(e.coordinates,n)},MultiPolygon:function(e,n){for(var t=e.coordinates,r=-1,o=t.length;++r<o;)Qt(t[r],n)},GeometryCollection:function(e,n){for(var t=e.geometries,r=-1,o=t.length;++r<o;)Nn(t[r],n)}};function tt(e,n,t){var r=-1,o=e.length-t,s;for(n.lineStart();++r<o;)s=e[r],n.point(s[0],s[1],s[2]);n.lineEnd()}function Qt(e,n){var t=-1,r=e.length;for(n.polygonStart();++t<r;)tt(e[t],n,1);n.polygonEnd()}function ke(e,n){e&&Kt.hasOwnProperty(e.type)?Kt[e.type](e,n):Nn(e,n)}function it(e){return[Fe(e[1],e[0]),Ze(e[2])]}function Me(e){var n=e[0],t=e[1],r=Y(t);return[r*Y(n),r*J(n),J(t)]}function dn(e,n){return e[0]*n[0]+e[1]*n[1]+e[2]*n[2]}function Cn(e,n){return[e[1]*n[2]-e[2]*n[1],e[2]*n[0]-e[0]*n[2],e[0]*n[1]-e[1]*n[0]]}function jn(e,n){e[0]+=n[0],e[1]+=n[1],e[2]+=n[2]}function pn(e,n){return[e[0]*n,e[1]*n,e[2]*n]}function rt(e){var n=Te(e[0]*e[0]+e[1]*e[1]+e[2]*e[2]);e[0]/=n,e[1]/=n,e[2]/=n}function ot(e,n){function t(r,o){return r=e(r,o),n(r[0],r[1])}return e.invert&&n.invert&&(t.invert=function(r,o){return r=n.invert(r,o),r&&e.invert(r[0],r[1])}),t}function st(e,n){return z(e)>D&&(e-=Math.round(e/pe)*pe),[e,n]}st.invert=st;function Mo(e,n,t){return(e%=pe)?n||t?ot(Zt(e),ei(n,t)):Zt(e):n||t?ei(n,t):st}function Xt(e){return function(n,t){return n+=e,z(n)>D&&(n-=Math.round(n/pe)*pe),[n,t]}}function Zt(e){var n=Xt(e);return n.invert=Xt(-e),n}function ei(e,n){var t=Y(e),r=J(e),o=Y(n),s=J(n);function c(a,u){var p=Y(u),d=Y(a)*p,g=J(a)*p,l=J(u),f=l*t+d*r;return[Fe(g*o-f*s,d*t-l*r),Ze(f*o+g*s)]}return c.invert=function(a,u){var p=Y(u),d=Y(a)*p,g=J(a)*p,l=J(u),f=l*o-g*s;return[Fe(g*o+l*s,d*t+f*r),Ze(f*t-d*r)]},c}function Uo(e,n,t,r,o,s){if(t){var c=Y(n),a=J(n),u=r*t;o==null?(o=n+r*pe,s=n-u/2):(o=ni(c,o),s=ni(c,s),(r>0?o<s:o>s)&&(o+=r*pe));for(var p,d=o;r>0?d>s:d<s;d-=u)p=it([c,-a*Y(d),-a*J(d)]),e.point(p[0],p[1])}}function ni(e,n){n=Me(n),n[0]-=e,rt(n);var t=Fo(-n[1]);return((-n[2]<0?-t:t)+pe-U)%pe}function Wi(){var e=[],n;return{point:function(t,r,o){n.push([t,r,o])},lineStart:function(){e.push(n=[])},lineEnd:ue,rejoin:function(){e.length>1&&e.push(e.pop().concat(e.shift()))},result:function(){var t=e;return e=[],n=null,t}}}function bn(e,n){return z(e[0]-n[0])<U&&z(e[1]-n[1])<U}function gn(e,n,t,r){this.x=e,this.z=n,this.o=t,this.e=r,this.v=!1,this.n=this.p=null}function Yi(e,n,t,r,o){var s=[],c=[],a,u;if(e.forEach(function(h){if(!((y=h.length-1)<=0)){var y,_=h[0],m=h[y],b;if(bn(_,m)){if(!_[2]&&!m[2]){for(o.lineStart(),a=0;a<y;++a)o.point((_=h[a])[0],_[1]);o.lineEnd();return}m[0]+=2*U}s.push(b=new gn(_,h,null,!0)),c.push(b.o=new gn(_,null,b,!1)),s.push(b=new gn(m,h,null,!1)),c.push(b.o=new gn(m,null,b,!0))}}),!!s.length){for(c.sort(n),ti(s),ti(c),a=0,u=c.length;a<u;++a)c[a].e=t=!t;for(var p=s[0],d,g;;){for(var l=p,f=!0;l.v;)if((l=l.n)===p)return;d=l.z,o.lineStart();do{if(l.v=l.o.v=!0,l.e){if(f)for(a=0,u=d.length;a<u;++a)o.point((g=d[a])[0],g[1]);else r(l.x,l.n.x,1,o);l=l.n}else{if(f)for(d=l.p.z,a=d.length-1;a>=0;--a)o.point((g=d[a])[0],g[1]);else r(l.x,l.p.x,-1,o);l=l.p}l=l.o,d=l.z,f=!f}while(!l.v);o.lineEnd()}}}function ti(e){if(n=e.length){for(var n,t=0,r=e[0],o;++t<n;)r.n=o=e[t],o.p=r,r=o;r.n=o=e[0],o.p=r}}function Vn(e){return z(e[0])<=D?e[0]:je(e[0])*((z(e[0])+D)%pe-D)}function Bo(e,n){var t=Vn(n),r=n[1],o=J(r),s=[J(t),-Y(t),0],c=0,a=0,u=new Pe;o===1?r=X+U:o===-1&&(r=-X-U);for(var p=0,d=e.length;p<d;++p)if(l=(g=e[p]).length)for(var g,l,f=g[l-1],h=Vn(f),y=f[1]/2+zt,_=J(y),m=Y(y),b=0;b<l;++b,h=I,_=C,m=A,f=E){var E=g[b],I=Vn(E),T=E[1]/2+zt,C=J(T),A=Y(T),O=I-h,S=O>=0?1:-1,$=S*O,R=$>D,B=_*C;if(u.add(Fe(B*S*J($),m*A+B*Y($))),c+=R?O+S*pe:O,R^h>=t^I>=t){var M=Cn(Me(f),Me(E));rt(M);var N=Cn(s,M);rt(N);var v=(R^O>=0?-1:1)*Ze(N[2]);(r>v||r===v&&(M[0]||M[1]))&&(a+=R^O>=0?1:-1)}}return(c<-U||c<U&&u<-1e-12)^a&1}function zi(e,n,t,r){return function(o){var s=n(o),c=Wi(),a=n(c),u=!1,p,d,g,l={point:f,lineStart:y,lineEnd:_,polygonStart:function(){l.point=m,l.lineStart=b,l.lineEnd=E,d=[],p=[]},polygonEnd:function(){l.point=f,l.lineStart=y,l.lineEnd=_,d=ji(d);var I=Bo(p,r);d.length?(u||(o.polygonStart(),u=!0),Yi(d,Go,I,t,o)):I&&(u||(o.polygonStart(),u=!0),o.lineStart(),t(null,null,1,o),o.lineEnd()),u&&(o.polygonEnd(),u=!1),d=p=null},sphere:function(){o.polygonStart(),o.lineStart(),t(null,null,1,o),o.lineEnd(),o.polygonEnd()}};function f(I,T){e(I,T)&&o.point(I,T)}function h(I,T){s.point(I,T)}function y(){l.point=h,s.lineStart()}function _(){l.point=f,s.lineEnd()}function m(I,T){g.push([I,T]),a.point(I,T)}function b(){a.lineStart(),g=[]}function E(){m(g[0][0],g[0][1]),a.lineEnd();var I=a.clean(),T=c.result(),C,A=T.length,O,S,$;if(g.pop(),p.push(g),g=null,!!A){if(I&1){if(S=T[0],(O=S.length-1)>0){for(u||(o.polygonStart(),u=!0),o.lineStart(),C=0;C<O;++C)o.point(($=S[C])[0],$[1]);o.lineEnd()}return}A>1&&I&2&&T.push(T.pop().concat(T.shift())),d.push(T.filter(Ho))}}return l}}function Ho(e){return e.length>1}function Go(e,n){return((e=e.x)[0]<0?e[1]-X-U:X-e[1])-((n=n.x)[0]<0?n[1]-X-U:X-n[1])}var ii=zi(function(){return!0},jo,Wo,[-D,-X]);function jo(e){var n=NaN,t=NaN,r=NaN,o;return{lineStart:function(){e.lineStart(),o=1},point:function(s,c){var a=s>0?D:-D,u=z(s-n);z(u-D)<U?(e.point(n,t=(t+c)/2>0?X:-X),e.point(r,t),e.lineEnd(),e.lineStart(),e.point(a,t),e.point(s,t),o=0):r!==a&&u>=D&&(z(n-r)<U&&(n-=r*U),z(s-a)<U&&(s-=a*U),t=Vo(n,t,s,c),e.point(r,t),e.lineEnd(),e.lineStart(),e.point(a,t),o=0),e.point(n=s,t=c),r=a},lineEnd:function(){e.lineEnd(),n=t=NaN},clean:function(){return 2-o}}}function Vo(e,n,t,r){var o,s,c=J(e-t);return z(c)>U?Nt((J(n)*(s=Y(r))*J(t)-J(r)*(o=Y(n))*J(e))/(o*s*c)):(n+r)/2}function Wo(e,n,t,r){var o;if(e==null)o=t*X,r.point(-D,o),r.point(0,o),r.point(D,o),r.point(D,0),r.point(D,-o),r.point(0,-o),r.point(-D,-o),r.point(-D,0),r.point(-D,o);else if(z(e[0]-n[0])>U){var s=e[0]<n[0]?D:-D;o=t*s/2,r.point(-s,o),r.point(0,o),r.point(s,o)}else r.point(n[0],n[1])}function Yo(e){var n=Y(e),t=2*te,r=n>0,o=z(n)>U;function s(d,g,l,f){Uo(f,e,t,l,d,g)}function c(d,g){return Y(d)*Y(g)>n}function a(d){var g,l,f,h,y;return{lineStart:function(){h=f=!1,y=1},point:function(_,m){var b=[_,m],E,I=c(_,m),T=r?I?0:p(_,m):I?p(_+(_<0?D:-D),m):0;if(!g&&(h=f=I)&&d.lineStart(),I!==f&&(E=u(g,b),(!E||bn(g,E)||bn(b,E))&&(b[2]=1)),I!==f)y=0,I?(d.lineStart(),E=u(b,g),d.point(E[0],E[1])):(E=u(g,b),d.point(E[0],E[1],2),d.lineEnd()),g=E;else if(o&&g&&r^I){var C;!(T&l)&&(C=u(b,g,!0))&&(y=0,r?(d.lineStart(),d.point(C[0][0],C[0][1]),d.point(C[1][0],C[1][1]),d.lineEnd()):(d.point(C[1][0],C[1][1]),d.lineEnd(),d.lineStart(),d.point(C[0][0],C[0][1],3)))}I&&(!g||!bn(g,b))&&d.point(b[0],b[1]),g=b,f=I,l=T},lineEnd:function(){f&&d.lineEnd(),g=null},clean:function(){return y|(h&&f)<<1}}}function u(d,g,l){var f=Me(d),h=Me(g),y=[1,0,0],_=Cn(f,h),m=dn(_,_),b=_[0],E=m-b*b;if(!E)return!l&&d;var I=n*m/E,T=-n*b/E,C=Cn(y,_),A=pn(y,I),O=pn(_,T);jn(A,O);var S=C,$=dn(A,S),R=dn(S,S),B=$*$-R*(dn(A,A)-1);if(!(B<0)){var M=Te(B),N=pn(S,(-$-M)/R);if(jn(N,A),N=it(N),!l)return N;var v=d[0],w=g[0],P=d[1],q=g[1],x;w<v&&(x=v,v=w,w=x);var k=w-v,Z=z(k-D)<U,ie=Z||k<U;if(!Z&&q<P&&(x=P,P=q,q=x),ie?Z?P+q>0^N[1]<(z(N[0]-v)<U?P:q):P<=N[1]&&N[1]<=q:k>D^(v<=N[0]&&N[0]<=w)){var re=pn(S,(-$+M)/R);return jn(re,A),[N,it(re)]}}}function p(d,g){var l=r?e:D-e,f=0;return d<-l?f|=1:d>l&&(f|=2),g<-l?f|=4:g>l&&(f|=8),f}return zi(c,a,s,r?[0,-e]:[-D,e-D])}function zo(e,n,t,r,o,s){var c=e[0],a=e[1],u=n[0],p=n[1],d=0,g=1,l=u-c,f=p-a,h;if(h=t-c,!(!l&&h>0)){if(h/=l,l<0){if(h<d)return;h<g&&(g=h)}else if(l>0){if(h>g)return;h>d&&(d=h)}if(h=o-c,!(!l&&h<0)){if(h/=l,l<0){if(h>g)return;h>d&&(d=h)}else if(l>0){if(h<d)return;h<g&&(g=h)}if(h=r-a,!(!f&&h>0)){if(h/=f,f<0){if(h<d)return;h<g&&(g=h)}else if(f>0){if(h>g)return;h>d&&(d=h)}if(h=s-a,!(!f&&h<0)){if(h/=f,f<0){if(h>g)return;h>d&&(d=h)}else if(f>0){if(h<d)return;h<g&&(g=h)}return d>0&&(e[0]=c+d*l,e[1]=a+d*f),g<1&&(n[0]=c+g*l,n[1]=a+g*f),!0}}}}}var Ve=1e9,fn=-Ve;function Ko(e,n,t,r){function o(p,d){return e<=p&&p<=t&&n<=d&&d<=r}function s(p,d,g,l){var f=0,h=0;if(p==null||(f=c(p,g))!==(h=c(d,g))||u(p,d)<0^g>0)do l.point(f===0||f===3?e:t,f>1?r:n);while((f=(f+g+4)%4)!==h);else l.point(d[0],d[1])}function c(p,d){return z(p[0]-e)<U?d>0?0:3:z(p[0]-t)<U?d>0?2:1:z(p[1]-n)<U?d>0?1:0:d>0?3:2}function a(p,d){return u(p.x,d.x)}function u(p,d){var g=c(p,1),l=c(d,1);return g!==l?g-l:g===0?d[1]-p[1]:g===1?p[0]-d[0]:g===2?p[1]-d[1]:d[0]-p[0]}return function(p){var d=p,g=Wi(),l,f,h,y,_,m,b,E,I,T,C,A={point:O,lineStart:B,lineEnd:M,polygonStart:$,polygonEnd:R};function O(v,w){o(v,w)&&d.point(v,w)}function S(){for(var v=0,w=0,P=f.length;w<P;++w)for(var q=f[w],x=1,k=q.length,Z=q[0],ie,re,fe=Z[0],K=Z[1];x<k;++x)ie=fe,re=K,Z=q[x],fe=Z[0],K=Z[1],re<=r?K>r&&(fe-ie)*(r-re)>(K-re)*(e-ie)&&++v:K<=r&&(fe-ie)*(r-re)<(K-re)*(e-ie)&&--v;return v}function $(){d=g,l=[],f=[],C=!0}function R(){var v=S(),w=C&&v,P=(l=ji(l)).length;(w||P)&&(p.polygonStart(),w&&(p.lineStart(),s(null,null,1,p),p.lineEnd()),P&&Yi(l,a,v,s,p),p.polygonEnd()),d=p,l=f=h=null}function B(){A.point=N,f&&f.push(h=[]),T=!0,I=!1,b=E=NaN}function M(){l&&(N(y,_),m&&I&&g.rejoin(),l.push(g.result())),A.point=O,I&&d.lineEnd()}function N(v,w){var P=o(v,w);if(f&&h.push([v,w]),T)y=v,_=w,m=P,T=!1,P&&(d.lineStart(),d.point(v,w));else if(P&&I)d.point(v,w);else{var q=[b=Math.max(fn,Math.min(Ve,b)),E=Math.max(fn,Math.min(Ve,E))],x=[v=Math.max(fn,Math.min(Ve,v)),w=Math.max(fn,Math.min(Ve,w))];zo(q,x,e,n,t,r)?(I||(d.lineStart(),d.point(q[0],q[1])),d.point(x[0],x[1]),P||d.lineEnd(),C=!1):P&&(d.lineStart(),d.point(v,w),C=!1)}b=v,E=w,I=P}return A}}var at=e=>e,Wn=new Pe,lt=new Pe,Ki,Ji,ct,ut,Ee={point:ue,lineStart:ue,lineEnd:ue,polygonStart:function(){Ee.lineStart=Jo,Ee.lineEnd=Xo},polygonEnd:function(){Ee.lineStart=Ee.lineEnd=Ee.point=ue,Wn.add(z(lt)),lt=new Pe},result:function(){var e=Wn/2;return Wn=new Pe,e}};function Jo(){Ee.point=Qo}function Qo(e,n){Ee.point=Qi,Ki=ct=e,Ji=ut=n}function Qi(e,n){lt.add(ut*e-ct*n),ct=e,ut=n}function Xo(){Qi(Ki,Ji)}var Ue=1/0,Rn=Ue,en=-Ue,On=en,Pn={point:Zo,lineStart:ue,lineEnd:ue,polygonStart:ue,polygonEnd:ue,result:function(){var e=[[Ue,Rn],[en,On]];return en=On=-(Rn=Ue=1/0),e}};function Zo(e,n){e<Ue&&(Ue=e),e>en&&(en=e),n<Rn&&(Rn=n),n>On&&(On=n)}var dt=0,pt=0,We=0,An=0,Ln=0,qe=0,gt=0,ft=0,Ye=0,Xi,Zi,_e,ye,ce={point:Ae,lineStart:ri,lineEnd:oi,polygonStart:function(){ce.lineStart=ts,ce.lineEnd=is},polygonEnd:function(){ce.point=Ae,ce.lineStart=ri,ce.lineEnd=oi},result:function(){var e=Ye?[gt/Ye,ft/Ye]:qe?[An/qe,Ln/qe]:We?[dt/We,pt/We]:[NaN,NaN];return dt=pt=We=An=Ln=qe=gt=ft=Ye=0,e}};function Ae(e,n){dt+=e,pt+=n,++We}function ri(){ce.point=es}function es(e,n){ce.point=ns,Ae(_e=e,ye=n)}function ns(e,n){var t=e-_e,r=n-ye,o=Te(t*t+r*r);An+=o*(_e+e)/2,Ln+=o*(ye+n)/2,qe+=o,Ae(_e=e,ye=n)}function oi(){ce.point=Ae}function ts(){ce.point=rs}function is(){er(Xi,Zi)}function rs(e,n){ce.point=er,Ae(Xi=_e=e,Zi=ye=n)}function er(e,n){var t=e-_e,r=n-ye,o=Te(t*t+r*r);An+=o*(_e+e)/2,Ln+=o*(ye+n)/2,qe+=o,o=ye*e-_e*n,gt+=o*(_e+e),ft+=o*(ye+n),Ye+=o*3,Ae(_e=e,ye=n)}function nr(e){this._context=e}nr.prototype={_radius:4.5,pointRadius:function(e){return this._radius=e,this},polygonStart:function(){this._line=0},polygonEnd:function(){this._line=NaN},lineStart:function(){this._point=0},lineEnd:function(){this._line===0&&this._context.closePath(),this._point=NaN},point:function(e,n){switch(this._point){case 0:{this._context.moveTo(e,n),this._point=1;break}case 1:{this._context.lineTo(e,n);break}default:{this._context.moveTo(e+this._radius,n),this._context.arc(e,n,this._radius,0,pe);break}}},result:ue};var ht=new Pe,Yn,tr,ir,ze,Ke,nn={point:ue,lineStart:function(){nn.point=os},lineEnd:function(){Yn&&rr(tr,ir),nn.point=ue},polygonStart:function(){Yn=!0},polygonEnd:function(){Yn=null},result:function(){var e=+ht;return ht=new Pe,e}};function os(e,n){nn.point=rr,tr=ze=e,ir=Ke=n}function rr(e,n){ze-=e,Ke-=n,ht.add(Te(ze*ze+Ke*Ke)),ze=e,Ke=n}let si,kn,ai,li;class ci{constructor(n){this._append=n==null?or:ss(n),this._radius=4.5,this._=""}pointRadius(n){return this._radius=+n,this}polygonStart(){this._line=0}polygonEnd(){this._line=NaN}lineStart(){this._point=0}lineEnd(){this._line===0&&(this._+="Z"),this._point=NaN}point(n,t){switch(this._point){case 0:{this._append`M${n},${t}`,this._point=1;break}case 1:{this._append`L${n},${t}`;break}default:{if(this._append`M${n},${t}`,this._radius!==ai||this._append!==kn){const r=this._radius,o=this._;this._="",this._append`m0,${r}a${r},${r} 0 1,1 0,${-2*r}a${r},${r} 0 1,1 0,${2*r}z`,ai=r,kn=this._append,li=this._,this._=o}this._+=li;break}}}result(){const n=this._;return this._="",n.length?n:null}}function or(e){let n=1;this._+=e[0];for(const t=e.length;n<t;++n)this._+=arguments[n]+e[n]}function ss(e){const n=Math.floor(e);if(!(n>=0))throw new RangeError(`invalid digits: ${e}`);if(n>15)return or;if(n!==si){const t=10**n;si=n,kn=function(o){let s=1;this._+=o[0];for(const c=o.length;s<c;++s)this._+=Math.round(arguments[s]*t)/t+o[s]}}return kn}function as(e,n){let t=3,r=4.5,o,s;function c(a){return a&&(typeof r=="function"&&s.pointRadius(+r.apply(this,arguments)),ke(a,o(s))),s.result()}return c.area=function(a){return ke(a,o(Ee)),Ee.result()},c.measure=function(a){return ke(a,o(nn)),nn.result()},c.bounds=function(a){return ke(a,o(Pn)),Pn.result()},c.centroid=function(a){return ke(a,o(ce)),ce.result()},c.projection=function(a){return arguments.length?(o=a==null?(e=null,at):(e=a).stream,c):e},c.context=function(a){return arguments.length?(s=a==null?(n=null,new ci(t)):new nr(n=a),typeof r!="function"&&s.pointRadius(r),c):n},c.pointRadius=function(a){return arguments.length?(r=typeof a=="function"?a:(s.pointRadius(+a),+a),c):r},c.digits=function(a){if(!arguments.length)return t;if(a==null)t=null;else{const u=Math.floor(a);if(!(u>=0))throw new RangeError(`invalid digits: ${a}`);t=u}return n===null&&(s=new ci(t)),c},c.projection(e).digits(t).context(n)}function Ct(e){return function(n){var t=new mt;for(var r in e)t[r]=e[r];return t.stream=n,t}}function mt(){}mt.prototype={constructor:mt,point:function(e,n){this.stream.point(e,n)},sphere:function(){this.stream.sphere()},lineStart:function(){this.stream.lineStart()},lineEnd:function(){this.stream.lineEnd()},polygonStart:function(){this.stream.polygonStart()},polygonEnd:function(){this.stream.polygonEnd()}};function Rt(e,n,t){var r=e.clipExtent&&e.clipExtent();return e.scale(150).translate([0,0]),r!=null&&e.clipExtent(null),ke(t,e.stream(Pn)),n(Pn.result()),r!=null&&e.clipExtent(r),e}function sr(e,n,t){return Rt(e,function(r){var o=n[1][0]-n[0][0],s=n[1][1]-n[0][1],c=Math.min(o/(r[1][0]-r[0][0]),s/(r[1][1]-r[0][1])),a=+n[0][0]+(o-c*(r[1][0]+r[0][0]))/2,u=+n[0][1]+(s-c*(r[1][1]+r[0][1]))/2;e.scale(150*c).translate([a,u])},t)}function ls(e,n,t){return sr(e,[[0,0],n],t)}function cs(e,n,t){return Rt(e,function(r){var o=+n,s=o/(r[1][0]-r[0][0]),c=(o-s*(r[1][0]+r[0][0]))/2,a=-s*r[0][1];e.scale(150*s).translate([c,a])},t)}function us(e,n,t){return Rt(e,function(r){var o=+n,s=o/(r[1][1]-r[0][1]),c=-s*r[0][0],a=(o-s*(r[1][1]+r[0][1]))/2;e.scale(150*s).translate([c,a])},t)}var ui=16,ds=Y(30*te);function di(e,n){return+n?gs(e,n):ps(e)}function ps(e){return Ct({point:function(n,t){n=e(n,t),this.stream.point(n[0],n[1])}})}function gs(e,n){function t(r,o,s,c,a,u,p,d,g,l,f,h,y,_){var m=p-r,b=d-o,E=m*m+b*b;if(E>4*n&&y--){var I=c+l,T=a+f,C=u+h,A=Te(I*I+T*T+C*C),O=Ze(C/=A),S=z(z(C)-1)<U||z(s-g)<U?(s+g)/2:Fe(T,I),$=e(S,O),R=$[0],B=$[1],M=R-r,N=B-o,v=b*M-m*N;(v*v/E>n||z((m*M+b*N)/E-.5)>.3||c*l+a*f+u*h<ds)&&(t(r,o,s,c,a,u,R,B,S,I/=A,T/=A,C,y,_),_.point(R,B),t(R,B,S,I,T,C,p,d,g,l,f,h,y,_))}}return function(r){var o,s,c,a,u,p,d,g,l,f,h,y,_={point:m,lineStart:b,lineEnd:I,polygonStart:function(){r.polygonStart(),_.lineStart=T},polygonEnd:function(){r.polygonEnd(),_.lineStart=b}};function m(O,S){O=e(O,S),r.point(O[0],O[1])}function b(){g=NaN,_.point=E,r.lineStart()}function E(O,S){var $=Me([O,S]),R=e(O,S);t(g,l,d,f,h,y,g=R[0],l=R[1],d=O,f=$[0],h=$[1],y=$[2],ui,r),r.point(g,l)}function I(){_.point=m,r.lineEnd()}function T(){b(),_.point=C,_.lineEnd=A}function C(O,S){E(o=O,S),s=g,c=l,a=f,u=h,p=y,_.point=E}function A(){t(g,l,d,f,h,y,s,c,o,a,u,p,ui,r),_.lineEnd=I,I()}return _}}var fs=Ct({point:function(e,n){this.stream.point(e*te,n*te)}});function hs(e){return Ct({point:function(n,t){var r=e(n,t);return this.stream.point(r[0],r[1])}})}function ms(e,n,t,r,o){function s(c,a){return c*=r,a*=o,[n+e*c,t-e*a]}return s.invert=function(c,a){return[(c-n)/e*r,(t-a)/e*o]},s}function pi(e,n,t,r,o,s){if(!s)return ms(e,n,t,r,o);var c=Y(s),a=J(s),u=c*e,p=a*e,d=c/e,g=a/e,l=(a*t-c*n)/e,f=(a*n+c*t)/e;function h(y,_){return y*=r,_*=o,[u*y-p*_+n,t-p*y-u*_]}return h.invert=function(y,_){return[r*(d*y-g*_+l),o*(f-g*y-d*_)]},h}function _s(e){var n,t=150,r=480,o=250,s=0,c=0,a=0,u=0,p=0,d,g=0,l=1,f=1,h=null,y=ii,_=null,m,b,E,I=at,T=.5,C,A,O,S,$;function R(v){return O(v[0]*te,v[1]*te)}function B(v){return v=O.invert(v[0],v[1]),v&&[v[0]*he,v[1]*he]}R.stream=function(v){return S&&$===v?S:S=fs(hs(d)(y(C(I($=v)))))},R.preclip=function(v){return arguments.length?(y=v,h=void 0,N()):y},R.postclip=function(v){return arguments.length?(I=v,_=m=b=E=null,N()):I},R.clipAngle=function(v){return arguments.length?(y=+v?Yo(h=v*te):(h=null,ii),N()):h*he},R.clipExtent=function(v){return arguments.length?(I=v==null?(_=m=b=E=null,at):Ko(_=+v[0][0],m=+v[0][1],b=+v[1][0],E=+v[1][1]),N()):_==null?null:[[_,m],[b,E]]},R.scale=function(v){return arguments.length?(t=+v,M()):t},R.translate=function(v){return arguments.length?(r=+v[0],o=+v[1],M()):[r,o]},R.center=function(v){return arguments.length?(s=v[0]%360*te,c=v[1]%360*te,M()):[s*he,c*he]},R.rotate=function(v){return arguments.length?(a=v[0]%360*te,u=v[1]%360*te,p=v.length>2?v[2]%360*te:0,M()):[a*he,u*he,p*he]},R.angle=function(v){return arguments.length?(g=v%360*te,M()):g*he},R.reflectX=function(v){return arguments.length?(l=v?-1:1,M()):l<0},R.reflectY=function(v){return arguments.length?(f=v?-1:1,M()):f<0},R.precision=function(v){return arguments.length?(C=di(A,T=v*v),N()):Te(T)},R.fitExtent=function(v,w){return sr(R,v,w)},R.fitSize=function(v,w){return ls(R,v,w)},R.fitWidth=function(v,w){return cs(R,v,w)},R.fitHeight=function(v,w){return us(R,v,w)};function M(){var v=pi(t,0,0,l,f,g).apply(null,n(s,c)),w=pi(t,r-v[0],o-v[1],l,f,g);return d=Mo(a,u,p),A=ot(n,w),O=ot(d,A),C=di(A,T),N()}function N(){return S=$=null,R}return function(){return n=e.apply(this,arguments),R.invert=n.invert&&B,M()}}function ys(e){var n=0,t=D/3,r=_s(e),o=r(n,t);return o.parallels=function(s){return arguments.length?r(n=s[0]*te,t=s[1]*te):[n*he,t*he]},o}function ar(e,n){return[e,nt(Vi((X+n)/2))]}ar.invert=function(e,n){return[e,2*Nt(xo(n))-X]};function hn(e){return Vi((X+e)/2)}function vs(e,n){var t=Y(e),r=e===n?J(e):nt(t/Y(n))/nt(hn(n)/hn(e)),o=t*Gn(hn(e),r)/r;if(!r)return ar;function s(c,a){o>0?a<-X+U&&(a=-X+U):a>X-U&&(a=X-U);var u=o/Gn(hn(a),r);return[u*J(r*c),o-u*Y(r*c)]}return s.invert=function(c,a){var u=o-a,p=je(r)*Te(c*c+u*u),d=Fe(c,z(u))*je(u);return u*r<0&&(d-=D*je(c)*je(u)),[d/r,2*Nt(Gn(o/p,1/r))-X]},s}function bs(){return ys(vs).scale(109.5).parallels([30,30])}function gi(e,n){return[e,n]}gi.invert=gi;const Es=V(`
  query MapPage($filter: IncidentFilterInput, $lang: Language) {
    incidentsGeojson(filter: $filter, lang: $lang)
    provisions(first: 100) { nodes { slug heading(lang: $lang) } }
  }
`),$s=["ARSON","GUNFIRE","VANDALISM","INTIMIDATION","GRAFFITI","RIOT","ASSAULT","SMUGGLING","ESCAPE_ATTEMPT","OTHER"],fi=600,hi=600;function Is(){const{t:e,label:n,href:t,apiLang:r}=F(),{query:o,path:s,route:c}=be(),a={from:o.from||void 0,to:o.to||void 0,kind:o.kind||void 0,provision:o.provision||void 0},u=ne(Es,{filter:a,lang:r}),[p,d]=G();we(()=>{fetch("/app/basemap.json").then(y=>y.json()).then(d,()=>{})},[]);const g=p?.features.filter(y=>y.properties.france),l=bs().parallels([44,49]).rotate([-3,0]);g&&l.fitExtent([[10,10],[fi-10,hi-10]],{type:"FeatureCollection",features:g});const f=as(l),h=y=>{y.preventDefault();const _=new FormData(y.currentTarget),m=new URLSearchParams(o);for(const b of["from","to","kind","provision"]){const E=String(_.get(b)??"");E?m.set(b,E):m.delete(b)}c(`${s}?${m}`)};return i(L,{children:[i("h1",{children:e.map}),i(ge,{query:u,children:y=>{const _=y.incidentsGeojson;return i(L,{children:[i("form",{class:"filters",onSubmit:h,"aria-label":e.filters,children:[i("label",{children:[e.from," ",i("input",{type:"date",name:"from",defaultValue:a.from})]}),i("label",{children:[e.to," ",i("input",{type:"date",name:"to",defaultValue:a.to})]}),i("label",{children:[e.kind," ",i("select",{name:"kind",defaultValue:a.kind??"",children:[i("option",{value:"",children:e.any}),$s.map(m=>i("option",{value:m,children:n(m)}))]})]}),i("label",{children:[e.provision," ",i("select",{name:"provision",defaultValue:a.provision??"",children:[i("option",{value:"",children:e.any}),y.provisions.nodes.map(m=>i("option",{value:m.slug,children:m.heading}))]})]}),i("button",{type:"submit",children:e.filters})]},JSON.stringify(a)),i("p",{class:"map-count","aria-live":"polite",children:e.markers(_.features.length,_.withoutCoordinates)}),i("svg",{class:"map",viewBox:`0 0 ${fi} ${hi}`,role:"group","aria-label":e.map,children:[p?.features.map(m=>i("path",{d:f(m)??"",class:m.properties.france?"land-fr":"land","aria-hidden":"true"})),_.features.map(m=>{const[b,E]=l(m.geometry.coordinates)??[0,0];return i("a",{href:t(`/incidents/${m.properties.slug}`),class:"marker","aria-label":`${m.properties.occurredOn} ${m.properties.title}`,children:i("circle",{cx:b,cy:E,r:"6","data-slug":m.properties.slug,children:i("title",{children:`${m.properties.occurredOn} — ${m.properties.title}${m.properties.facilityName?` (${m.properties.facilityName})`:""}`})})})})]}),i("p",{class:"note",children:e.basemapCredit}),i("ol",{class:"map-list",children:_.features.map(m=>i("li",{children:[i("time",{children:m.properties.occurredOn})," ",i("a",{href:t(`/incidents/${m.properties.slug}`),children:m.properties.title}),m.properties.facilityName?` — ${m.properties.facilityName}`:""]}))})]})}})]})}V(`
  fragment NodeLink on Node {
    __typename
    ... on Provision { slug }
    ... on Incident { slug }
    ... on Criticism { slug }
    ... on Facility { slug }
    ... on Actor { slug }
    ... on Source { slug }
    ... on Law { slug }
  }
`);const ws={Provision:"/provisions/",Incident:"/incidents/",Criticism:"/criticisms/",Facility:"/facilities/",Actor:"/actors/",Source:"/sources/"};function Ot(e){if(!e?.__typename)return;if(e.__typename==="Law")return"/";const n=ws[e.__typename];return n&&e.slug?`${n}${e.slug}`:void 0}const Ss=V(`
  query TimelinePage($from: Date, $to: Date, $lang: Language) {
    timeline(from: $from, to: $to, first: 100) {
      type date datePrecision title(lang: $lang) slug
      node { id ...NodeLink }
    }
  }
`);function Ts(){const{t:e,label:n,href:t,apiLang:r}=F(),{query:o,path:s,route:c}=be(),a=o.from||void 0,u=o.to||void 0,p=ne(Ss,{from:a,to:u,lang:r}),d=g=>{g.preventDefault();const l=new FormData(g.currentTarget),f=new URLSearchParams(o);for(const h of["from","to"]){const y=String(l.get(h)??"");y?f.set(h,y):f.delete(h)}c(`${s}?${f}`)};return i(L,{children:[i("h1",{children:e.timeline}),i("form",{class:"filters",onSubmit:d,"aria-label":e.filters,children:[i("label",{children:[e.from," ",i("input",{type:"date",name:"from",defaultValue:a})]}),i("label",{children:[e.to," ",i("input",{type:"date",name:"to",defaultValue:u})]}),i("button",{type:"submit",children:e.filters})]},`${a}|${u}`),i(ge,{query:p,children:g=>i("ol",{class:"chrono timeline",children:g.timeline.map(l=>{const f=Ot(l.node);return i("li",{class:`chrono-${l.type}`,children:[i("time",{children:l.date})," ",i("span",{class:"tag",children:n(l.type)})," ",f?i("a",{href:t(f),children:l.title}):l.title]})})})})]})}const Ns=V(`
  query SearchPage($q: String!) {
    search(query: $q, first: 30) {
      totalCount
      nodes { type slug title snippet node { id ...NodeLink } }
    }
  }
`);function Cs({q:e}){const{t:n,label:t,href:r}=F(),o=ne(Ns,{q:e},!1);return i(ge,{query:o,children:s=>i(L,{children:[i("p",{"aria-live":"polite",children:n.results(s.search.totalCount)}),i("ol",{class:"hits",children:s.search.nodes.map(c=>{const a=Ot(c.node);return i("li",{"data-type":c.type,children:[i("span",{class:"tag",children:t(c.type)})," ",a?i("a",{href:r(a),children:c.title}):c.title,i("br",{}),i(Dr,{text:c.snippet})]})})})]})})}function Rs(){const{t:e}=F(),{query:n,path:t,route:r}=be(),[o,s]=G(n.q??"");return we(()=>{const c=setTimeout(()=>{if((n.q??"")===o.trim())return;const a=new URLSearchParams(n);o.trim()?a.set("q",o.trim()):a.delete("q"),r(`${t}${a.toString()?`?${a}`:""}`,!0)},200);return()=>clearTimeout(c)},[o]),i(L,{children:[i("h1",{children:e.search}),i("form",{role:"search",onSubmit:c=>c.preventDefault(),children:[i("label",{for:"q",children:e.searchLabel})," ",i("input",{id:"q",type:"search",value:o,onInput:c=>s(c.currentTarget.value),autoComplete:"off"})]}),n.q&&i(Cs,{q:n.q})]})}const Os=V(`
  query ActorPage($slug: ID!, $lang: Language) {
    actor(id: $slug) {
      slug name kind description
      citations { quote note source { slug title reliability } }
      criticisms(first: 100) {
        nodes {
          slug stance rights summary(lang: $lang) quote statedOn
          provisions { provision { slug heading(lang: $lang) } }
          citations { quote note source { slug title reliability } }
        }
      }
    }
  }
`);function Ps({slug:e}){const{t:n,label:t,href:r,apiLang:o}=F(),s=ne(Os,{slug:e,lang:o});return i(ge,{query:s,children:c=>{const a=c.actor;if(!a)return i("h1",{children:n.notFound});const u=new Map;for(const p of a.criticisms.nodes)for(const d of p.rights.length?p.rights:["—"])u.set(d,[...u.get(d)??[],p]);return i(L,{children:[i("h1",{children:a.name}),i("p",{children:a.description}),i(de,{citations:a.citations}),i("h2",{children:n.byRight}),[...u.entries()].map(([p,d])=>i("section",{class:"right",children:[i("h3",{children:p.replace(/_/g," ")}),i("ul",{children:d.map(g=>i("li",{children:[i("span",{class:"tag",children:t(g.stance)})," ",i("a",{href:r(`/criticisms/${g.slug}`),children:g.summary}),g.statedOn?` (${g.statedOn})`:"",g.provisions.length>0&&i(L,{children:[" → ",g.provisions.map(l=>i("a",{href:r(`/provisions/${l.provision.slug}`),children:[l.provision.heading," "]}))]}),i(de,{citations:g.citations})]}))})]}))]})}})}const As=V(`
  query LawCitations($lang: Language) {
    laws(first: 5) {
      nodes {
        slug titleFr citations { quote source { slug } }
        stages { slug description citations { quote source { slug } } }
        events { slug title(lang: $lang) provision { slug } citations { quote source { slug } } }
        claims { question claims { value citations { quote source { slug } } } }
      }
    }
    facilities(first: 100) { nodes { slug name citations { quote source { slug } } } }
    actors(first: 100) { nodes { slug name citations { quote source { slug } } } }
  }
`),Ls=V(`
  query ProvisionCitations($lang: Language) {
    provisions(first: 100) {
      nodes {
        slug heading(lang: $lang) citations { quote source { slug } }
        parameters { label citations { quote source { slug } } }
        texts { text source { slug } }
      }
    }
  }
`),ks=V(`
  query IncidentCitations($lang: Language) {
    incidents(first: 100) {
      nodes {
        slug title(lang: $lang) citations { quote source { slug } }
        outcomes { name citations { quote source { slug } } }
        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }
      }
    }
  }
`),qs=V(`
  query CriticismCitations($lang: Language) {
    criticisms(first: 100) {
      nodes {
        slug summary(lang: $lang) citations { quote source { slug } }
        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }
      }
    }
  }
`);function Ds(e){const{apiLang:n}=F(),t=ne(As,{lang:n}),r=ne(Ls,{lang:n}),o=ne(ks,{lang:n}),s=ne(qs,{lang:n});if(!t.data||!r.data||!o.data||!s.data)return{};const c=[],a=(u,p,d)=>{for(const g of u)g.source.slug===e&&c.push({quote:g.quote,label:p,path:d})};for(const u of t.data.laws.nodes){a(u.citations,u.titleFr,"/");for(const p of u.stages)a(p.citations,p.description,"/");for(const p of u.events)a(p.citations,p.title,p.provision?`/provisions/${p.provision.slug}`:"/");for(const p of u.claims)for(const d of p.claims)a(d.citations,`${p.question} — ${d.value}`,"/")}for(const u of t.data.facilities.nodes)a(u.citations,u.name,`/facilities/${u.slug}`);for(const u of t.data.actors.nodes)a(u.citations,u.name,`/actors/${u.slug}`);for(const u of r.data.provisions.nodes){a(u.citations,u.heading,`/provisions/${u.slug}`);for(const p of u.parameters)a(p.citations,`${u.heading} — ${p.label}`,`/provisions/${u.slug}`);for(const p of u.texts)a([{quote:p.text,source:p.source}],`${u.heading}`,`/provisions/${u.slug}`)}for(const u of o.data.incidents.nodes){a(u.citations,u.title,`/incidents/${u.slug}`);for(const p of u.outcomes)a(p.citations,`${u.title} — ${p.name}`,`/incidents/${u.slug}`);for(const p of u.provisions)a(p.citations,`${u.title} → ${p.provision.heading}`,`/provisions/${p.provision.slug}`)}for(const u of s.data.criticisms.nodes){a(u.citations,u.summary,`/criticisms/${u.slug}`);for(const p of u.provisions)a(p.citations,`${u.summary} → ${p.provision.heading}`,`/provisions/${p.provision.slug}`)}return{data:c}}const xs=V(`
  query SourcePage($slug: ID!) {
    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }
  }
`);function lr(e,n){const t=[];for(const s of n){if(!s.quote)continue;let c=e.indexOf(s.quote);for(;c>=0;)t.push({start:c,end:c+s.quote.length,passage:s}),c=e.indexOf(s.quote,c+1)}const r=[...new Set([0,e.length,...t.flatMap(s=>[s.start,s.end])])].sort((s,c)=>s-c),o=[];for(let s=0;s+1<r.length;s++){const[c,a]=[r[s],r[s+1]];o.push({start:c,end:a,passages:t.filter(u=>u.start<=c&&u.end>=a).map(u=>u.passage)})}return{pieces:o,found:[...new Set(t.map(s=>s.passage))]}}function cr({text:e,passages:n,focus:t,containerRef:r,label:o}){const{href:s}=F(),{pieces:c}=lr(e,n);let a=!1;return i("div",{class:"source-text",ref:r,tabIndex:0,role:"region","aria-label":o,children:c.map(u=>{const p=e.slice(u.start,u.end);if(u.passages.length===0)return p;const d=!!t&&u.passages.some(f=>f.quote===t),g=d&&!a?"focus":void 0;g&&(a=!0);const l=u.passages[0];return i("mark",{id:g,class:d?"cited focus":"cited",title:u.passages.map(f=>f.label).join(" · "),children:p.trim()?i("a",{href:s(l.path),children:p}):p})})})}function Fs({slug:e}){const{t:n,label:t,href:r}=F(),{auth:o}=St(),{query:s,route:c}=be(),a=ne(xs,{slug:e}),u=Ds(e),p=me(null),d=!!a.data&&!!u.data;return we(()=>{d&&document.getElementById("focus")?.scrollIntoView({block:"center"})},[d,s.quote]),i(ge,{query:a,children:g=>{const l=g.source;if(!l)return i("h1",{children:n.notFound});const f=u.data??[],{found:h}=lr(l.text,f);return i(L,{children:[i("h1",{children:l.title}),i("p",{children:[l.publisher??""," ",l.publishedOn??""," · ",n.reliability,n.colon,i("span",{class:`rel rel-${l.reliability}`,children:t(l.reliability)}),l.url&&i(L,{children:[" · ",i("span",{class:"url",children:l.url})]})]}),i("p",{class:"note",children:l.reliabilityNote}),i("p",{"aria-live":"polite",class:"passage-count","aria-busy":!u.data,children:u.data?n.citedPassages(h.length):n.loading}),o&&i("p",{children:[n.selectPassage," ",i("button",{type:"button",id:"link-selection",onClick:()=>{const y=Ui(p.current,l.text);y&&c(r("/curation",{source:l.slug,quote:y}))},children:n.linkSelection})]}),i(cr,{text:l.text,passages:f,focus:s.quote,containerRef:p,label:l.title}),i("h2",{children:n.evidence}),i("ul",{class:"passages",children:h.map(y=>i("li",{children:[n.open,y.quote,n.close," — ",n.supports," ",i("a",{href:r(y.path),children:y.label})]}))})]})}})}const Ms=V(`
  query IncidentPage($slug: ID!, $lang: Language) {
    incident(id: $slug) {
      slug title(lang: $lang) summary(lang: $lang) occurredOn timeOfDay kinds place campaign
      facility { slug name city }
      investigatingBody { slug name }
      outcomes { display(lang: $lang) name citations { quote note source { slug title reliability } } }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { relation provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);function Us({slug:e}){const{t:n,label:t,href:r,apiLang:o}=F(),s=ne(Ms,{slug:e,lang:o});return i(ge,{query:s,children:c=>{const a=c.incident;return a?i(L,{children:[i("h1",{children:a.title}),i("p",{children:[i("time",{children:a.occurredOn}),a.timeOfDay?` ${a.timeOfDay}`:""," · ",a.kinds.map(t).join(", "),a.facility&&i(L,{children:[" · ",i("a",{href:r(`/facilities/${a.facility.slug}`),children:a.facility.name})]}),a.investigatingBody&&i(L,{children:[" · ",i("a",{href:r(`/actors/${a.investigatingBody.slug}`),children:a.investigatingBody.name})]})]}),i("p",{children:i(De,{value:a.corroboration})}),i("p",{children:a.summary}),i("h2",{children:n.evidence}),i(de,{citations:a.citations}),a.outcomes.length>0&&i(L,{children:[i("h2",{children:n.outcomes}),i("ul",{children:a.outcomes.map(u=>i("li",{children:[u.name,n.colon,u.display,i(de,{citations:u.citations})]}))})]}),i("h2",{children:n.provision}),a.provisions.length===0?i("p",{children:n.none}):i("ul",{children:a.provisions.map(u=>i("li",{children:[i("a",{href:r(`/provisions/${u.provision.slug}`),children:u.provision.heading})," · ",t(u.relation),i(de,{citations:u.citations})]}))}),i(Tt,{claims:a.claims})]}):i("h1",{children:n.notFound})}})}const Bs=V(`
  query FacilityPage($slug: ID!, $lang: Language) {
    facility(id: $slug) {
      slug name kind city aliases latitude longitude coordinatesNote
      citations { quote note source { slug title reliability } }
      incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn kinds } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);function Hs({slug:e}){const{t:n,label:t,href:r,apiLang:o}=F(),s=ne(Bs,{slug:e,lang:o});return i(ge,{query:s,children:c=>{const a=c.facility;return a?i(L,{children:[i("h1",{children:a.name}),i("p",{children:[a.city??"",a.aliases.length>0&&i(L,{children:[" · ",n.aliases,n.colon,a.aliases.join(", ")]})]}),a.coordinatesNote&&i("p",{class:"note",children:[a.latitude,", ",a.longitude," — ",a.coordinatesNote]}),i(de,{citations:a.citations}),i("h2",{children:n.incidents}),i("ul",{class:"incidents",children:a.incidents.nodes.map(u=>i("li",{children:[i("time",{children:u.occurredOn})," ",i("a",{href:r(`/incidents/${u.slug}`),children:u.title})," (",u.kinds.map(t).join(", "),")"]}))}),i(Tt,{claims:a.claims})]}):i("h1",{children:n.notFound})}})}const Gs=V(`
  query CriticismPage($slug: ID!, $lang: Language) {
    criticism(id: $slug) {
      slug stance rights summary(lang: $lang) quote statedOn version
      author { slug name }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }
    }
  }
`);function js({slug:e}){const{t:n,label:t,href:r,apiLang:o}=F(),s=ne(Gs,{slug:e,lang:o});return i(ge,{query:s,children:c=>{const a=c.criticism;return a?i(L,{children:[i("h1",{children:[i("a",{href:r(`/actors/${a.author.slug}`),children:a.author.name})," · ",t(a.stance)]}),i("p",{class:"summary",children:a.summary}),a.quote&&i("blockquote",{children:[n.open,a.quote,n.close]}),i("p",{children:[a.rights.join(", ")," ",a.statedOn?`· ${a.statedOn}`:""," · ",i(De,{value:a.corroboration})]}),i(de,{citations:a.citations}),i("h2",{children:n.provision}),i("ul",{children:a.provisions.map(u=>i("li",{children:[i("a",{href:r(`/provisions/${u.provision.slug}`),children:u.provision.heading}),i(de,{citations:u.citations})]}))})]}):i("h1",{children:n.notFound})}})}const Vs=V(`
  query EditCriticism($slug: ID!) {
    criticism(id: $slug) {
      slug version stance rights quote statedOn
      summary(lang: EN)
      french: localizedSummary(lang: FR) { text language }
      author { slug }
      citations { quote note source { slug } }
    }
  }
`),Ws=V(`
  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } proposal { id status } }
  }
`);async function zn(e){return(await $e(Vs,{slug:e})).criticism}function Ys({auth:e,criticisms:n}){const{t,href:r}=F(),[o,s]=G(),[c,a]=G(""),[u,p]=G(""),[d,g]=G(),[l,f]=G(),h=async _=>{const m=await zn(_);s(m??void 0),a(m?.summary??""),p(m?.french.language==="FR"?m.french.text:""),g(void 0),f(void 0)},y=async _=>{const m={slug:_.slug,actor:_.author.slug,stance:_.stance,rights:_.rights,summary:c,summaryFr:u.trim()?u:null,quote:_.quote,statedOn:_.statedOn,citations:_.citations.map(b=>({source:b.source.slug,quote:b.quote,note:b.note}))};try{const b=await $e(Ws,{id:_.slug,expectedVersion:_.version,input:m},e);if(!b.updateCriticism.revision&&b.updateCriticism.proposal){g(void 0),f({ok:!0,text:t.sentForReview,proposed:!0});return}const E=await zn(_.slug);s(E??void 0),g(void 0),f({ok:!0,text:t.saved})}catch(b){b instanceof Se&&b.code==="CONFLICT"?(g(await zn(_.slug)??void 0),f({ok:!1,text:t.conflict})):f({ok:!1,text:b instanceof Error?b.message:String(b)})}};return i("section",{"aria-labelledby":"edit-title",children:[i("h2",{id:"edit-title",children:t.editTitle}),i("label",{children:[t.criticism," ",i("select",{id:"edit-criticism",value:o?.slug??"",onChange:_=>h(_.currentTarget.value),children:[i("option",{value:"",children:"—"}),n.map(_=>i("option",{value:_.slug,children:_.summary.slice(0,80)}))]})]}),o&&i("form",{onSubmit:_=>{_.preventDefault(),y(o)},children:[i("p",{children:[t.version," ",i("span",{id:"seen-version",children:o.version})]}),i("label",{children:[t.summaryEn," ",i("textarea",{id:"edit-summary",lang:"en",rows:4,value:c,onInput:_=>a(_.currentTarget.value)})]}),i("label",{children:[t.summaryFr," ",i("textarea",{id:"edit-summary-fr",lang:"fr",rows:4,value:u,onInput:_=>p(_.currentTarget.value)})]}),i("button",{type:"submit",id:"save",children:t.save})]}),l&&i("p",{role:"status",id:"edit-status",class:l.ok?"ok":"error",children:[l.text,l.proposed&&i(L,{children:[" ",i("a",{href:r("/proposals"),children:t.seeProposals})]})]}),d&&i("div",{class:"conflict",id:"conflict",children:[i("h3",{children:[t.currentRecord," (",t.version," ",d.version,")"]}),i("p",{class:"current-summary",children:d.summary}),i("button",{type:"button",id:"reapply",onClick:()=>y(d),children:t.reapply})]})]})}function ur(e,n){return e.kind==="refused"?n.wrongLogin:e.kind==="throttled"?n.throttled(e.seconds):n.serverMessages[e.message]??e.message}function He(e){const{t:n}=F(),{id:t,problem:r,help:o}=e,s=r?.kind==="field"&&r.field===e.name?ur(r,n):void 0,c=[o&&`${t}-help`,s&&`${t}-error`].filter(Boolean).join(" ")||void 0;return i("p",{class:"field",children:[i("label",{for:t,children:e.label})," ",i("input",{id:t,name:e.name,type:e.type??"text",autoComplete:e.autoComplete,value:e.value,minLength:e.minLength,required:!0,"aria-invalid":s?!0:void 0,"aria-describedby":c}),o&&i("span",{id:`${t}-help`,class:"help",children:[" ",o]}),s&&i("span",{id:`${t}-error`,class:"error",role:"alert",children:[" ",s]})]})}function mi({id:e,problem:n}){const{t}=F();return!n||n.kind==="field"?null:i("p",{id:e,role:"alert",class:"error",children:ur(n,t)})}function Kn(e){e.preventDefault();const n=new FormData(e.currentTarget);return t=>String(n.get(t)??"")}function dr({notice:e}){const{t:n}=F(),{query:t,path:r,route:o}=be(),s=t.invite??"",[c,a]=G(),[u,p]=G(),[d,g]=G(!1),l=async h=>{const y=Kn(h);g(!0),a(void 0),a(await vo(y("login").trim(),y("password"))),g(!1)},f=async h=>{const y=Kn(h);g(!0),p(void 0);const _=await bo(y("code").trim(),y("login").trim(),y("password"));if(g(!1),p(_),!_&&s){const m=new URLSearchParams(t);m.delete("invite"),o(`${r}${m.toString()?`?${m}`:""}`,!0)}};return i(L,{children:[e&&i("p",{role:"status",class:"ok",children:e}),i("section",{"aria-labelledby":"sign-in-title",children:[i("h2",{id:"sign-in-title",children:n.signIn}),i("form",{id:"sign-in",class:"auth",onSubmit:l,children:[i(He,{id:"sign-in-login",name:"login",label:n.login,autoComplete:"username",problem:c}),i(He,{id:"sign-in-password",name:"password",label:n.password,type:"password",autoComplete:"current-password",problem:c}),i("button",{type:"submit",disabled:d,children:n.signIn}),i(mi,{id:"sign-in-error",problem:c})]})]}),i("details",{id:"invitation",open:!!s,children:[i("summary",{children:n.haveInvitation}),i("form",{id:"accept-invitation",class:"auth",onSubmit:f,children:[i(He,{id:"invite-code",name:"code",label:n.invitationCode,autoComplete:"off",value:s||void 0,problem:u}),i(He,{id:"invite-login",name:"login",label:n.login,autoComplete:"username",problem:u}),i(He,{id:"invite-password",name:"password",label:n.newPassword,type:"password",autoComplete:"new-password",help:n.newPasswordHelp,minLength:12,problem:u}),i("button",{type:"submit",disabled:d,children:n.acceptInvitation}),i(mi,{id:"invite-error",problem:u})]})]}),i("details",{id:"token-option",children:[i("summary",{children:n.useToken}),i("form",{id:"token-form",onSubmit:h=>{const y=Kn(h)("token").trim();y&&Eo(y)},children:[i("p",{class:"help",children:n.useTokenHelp}),i("label",{for:"token",children:n.token})," ",i("input",{id:"token",name:"token",type:"password",autoComplete:"off",required:!0})," ",i("button",{type:"submit",children:n.signIn})]})]})]})}const zs=V(`
  query CurationChoices($lang: Language) {
    provisions(first: 100) { nodes { slug heading(lang: $lang) } }
    criticisms(first: 100) { nodes { slug summary(lang: $lang) author { name } } }
    incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn } }
    sources(first: 100) { nodes { slug title } }
  }
`),Ks=V(`
  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }
`),Js=V(`
  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } proposal { id status } }
  }
`),Qs=V(`
  mutation LinkIncident($input: IncidentLinkInput!) {
    linkIncident(input: $input) { revision { id operation } proposal { id status } }
  }
`),Xs=["REACTION_TO_PROVISION","CITED_AS_JUSTIFICATION","COINCIDED_WITH_DEBATE"];function Zs(){const{t:e,label:n,apiLang:t,href:r}=F(),{query:o,path:s,route:c}=be(),{auth:a,checking:u}=St(),[p,d]=G(),[g,l]=G(!1),f=ne(zs,{lang:t}),h=o.source??"",y=ne(Ks,{slug:h||"-"}),_=me(null),[m,b]=G("criticism"),[E,I]=G(o.quote??""),[T,C]=G(),A=(S,$)=>{const R=new URLSearchParams(o);$?R.set(S,$):R.delete(S),c(`${s}?${R}`,!0)};if(u)return i(L,{children:[i("h1",{children:e.curation}),i("p",{"aria-busy":"true",children:e.loading})]});if(!a)return i(L,{children:[i("h1",{children:e.curation}),i(dr,{notice:p})]});const O=async S=>{S.preventDefault();const $=new FormData(S.currentTarget),R={source:h,quote:E,note:String($.get("note")??"")||null};try{let B;if(m==="criticism"){const M=await $e(Js,{criticism:String($.get("target")),input:{provision:String($.get("provision")),citations:[R]}},a);B=!M.linkCriticism.revision&&!!M.linkCriticism.proposal}else{const M=await $e(Qs,{input:{incident:String($.get("target")),provision:String($.get("provision")),relation:String($.get("relation")),citations:[R]}},a);B=!M.linkIncident.revision&&!!M.linkIncident.proposal}C(B?{ok:!0,text:e.sentForReview,proposed:B}:{ok:!0,text:e.linked})}catch(B){B instanceof Se&&B.code==="UNAUTHENTICATED"&&xn(),C({ok:!1,text:B instanceof Error?B.message:String(B)})}};return i(L,{children:[i("h1",{children:e.curation}),i("p",{children:[i("span",{id:"signed-in",children:a.kind==="session"?`${e.signedInAs(a.login)}${e.roles[a.role]?` (${e.roles[a.role]})`:""}`:e.signedInWithToken})," ","·"," ",i("button",{type:"button",id:"sign-out",onClick:async()=>{const S=await $o();C(void 0),l(!S),d(S?e.signedOut:void 0)},children:e.signOut})," ","· ",i("a",{id:"proposals-link",href:r("/proposals"),children:e.proposals}),g&&i("span",{role:"alert",class:"error",children:[" ",e.signOutFailed]})]}),i(ge,{query:f,children:S=>i(L,{children:[i("section",{"aria-labelledby":"link-title",children:[i("h2",{id:"link-title",children:e.linkTitle}),i("form",{class:"curation",onSubmit:O,children:[i("label",{children:[e.linkWhat," ",i("select",{name:"what",value:m,onChange:$=>b($.currentTarget.value),children:[i("option",{value:"criticism",children:e.criticism}),i("option",{value:"incident",children:e.incident})]})]}),i("label",{children:[m==="criticism"?e.criticism:e.incident," ",i("select",{name:"target",id:"target",children:m==="criticism"?S.criticisms.nodes.map($=>i("option",{value:$.slug,children:[$.author.name," — ",$.summary.slice(0,80)]})):S.incidents.nodes.map($=>i("option",{value:$.slug,children:[$.occurredOn," — ",$.title]}))})]}),m==="incident"&&i("label",{children:[e.relation," ",i("select",{name:"relation",children:Xs.map($=>i("option",{value:$,children:n($)}))})]}),i("label",{children:[e.provision," ",i("select",{name:"provision",id:"provision",children:S.provisions.nodes.map($=>i("option",{value:$.slug,children:$.heading}))})]}),i("label",{children:[e.source," ",i("select",{name:"source",id:"source",value:h,onChange:$=>A("source",$.currentTarget.value),children:[i("option",{value:"",children:"—"}),S.sources.nodes.map($=>i("option",{value:$.slug,children:$.title}))]})]}),i("p",{children:[e.selectPassage," ",i("button",{type:"button",id:"use-selection",onClick:()=>I(Ui(_.current,y.data?.source?.text??"")??""),children:e.useSelection})]}),i("label",{children:[e.quote," ",i("textarea",{name:"quote",id:"quote",readOnly:!0,value:E,rows:3})]}),i("label",{children:[e.note," ",i("input",{name:"note"})]}),i("button",{type:"submit",id:"link",disabled:!E||!h,children:e.link}),T&&i("p",{role:"status",id:"link-status",class:T.ok?"ok":"error",children:[T.text,T.proposed&&i(L,{children:[" ",i("a",{href:r("/proposals"),children:e.seeProposals})]})]})]}),y.data?.source&&i(cr,{text:y.data.source.text,passages:[],containerRef:_,label:y.data.source.title})]}),i(Ys,{auth:a,criticisms:S.criticisms.nodes})]})})]})}function _i(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function ea(e,n){const t=_i(e)?e:{},r=_i(n)?n:{};return[...new Set([...Object.keys(t),...Object.keys(r)])].filter(s=>JSON.stringify(t[s]??null)!==JSON.stringify(r[s]??null)).map(s=>({field:s,before:t[s],after:r[s]}))}function pr(e){return e.replace(/_/g," ").replace(/([a-z])([A-Z])/g,"$1 $2").toLowerCase()}function qn({value:e}){const{t:n,label:t}=F();return e==null||e===""||Array.isArray(e)&&e.length===0?i("span",{class:"help",children:n.nothing}):typeof e=="boolean"?i(L,{children:e?n.yes:n.no}):typeof e=="number"?i(L,{children:String(e)}):typeof e=="string"?i(L,{children:/^[A-Z][A-Z_]+$/.test(e)?t(e):e}):Array.isArray(e)?i("ul",{class:"json-list",children:e.map(r=>i("li",{children:i(qn,{value:r})}))}):i("dl",{class:"json-record",children:Object.entries(e).map(([r,o])=>i("div",{children:[i("dt",{children:n.fieldNames[r]??pr(r)}),i("dd",{children:i(qn,{value:o})})]}))})}function yi({before:e,after:n,caption:t}){const{t:r}=F(),o=ea(e,n);return o.length===0?i("p",{children:r.noFieldChanges}):i("table",{class:"proposal-diff",children:[i("caption",{children:t}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:r.field}),i("th",{scope:"col",children:r.before}),i("th",{scope:"col",children:r.after})]})}),i("tbody",{children:o.map(s=>i("tr",{"data-field":s.field,children:[i("th",{scope:"row",children:r.fieldNames[s.field]??pr(s.field)}),i("td",{class:"old",children:i(qn,{value:s.before})}),i("td",{class:"new",children:i(qn,{value:s.after})})]}))})]})}const na=V(`
  query Proposals {
    proposals {
      id status operation entityType entitySlug before after
      proposedBy proposedAt reviewedBy reviewedAt reason
    }
  }
`),ta=V(`
  mutation ApproveProposal($id: ID!) {
    approveProposal(id: $id) { revision { id } proposal { id status } }
  }
`),ia=V(`
  mutation RejectProposal($id: ID!, $reason: String!) {
    rejectProposal(id: $id, reason: $reason) { id status reason }
  }
`),ra=V(`
  query CurrentRecord($id: ID!, $at: DateTime!) { knownAt(id: $id, at: $at) { after } }
`),oa={LAW:"Law",PROVISION:"Provision",FACILITY:"Facility",INCIDENT:"Incident",ACTOR:"Actor",CRITICISM:"Criticism",SOURCE:"Source",CLAIM_QUESTION:"ClaimQuestion"};async function sa(e){const n=oa[e.entityType];if(!n)return;const t=btoa(`${n}:${e.entitySlug}`).replace(/\+/g,"-").replace(/\//g,"_").replace(/=+$/,"");return(await $e(ra,{id:t,at:new Date().toISOString()})).knownAt?.after??void 0}function gr(e,n){if(e instanceof Se){const t=e.errors[0],r=e.code?n.reviewErrors[e.code]:void 0,o=t?.extensions?.currentVersion;return r?typeof o=="number"?`${r} ${n.currentVersionIs(o)}`:r:e.message}return e instanceof Error?e.message:String(e)}function aa(e){const n=e.after??{};if((e.entityType==="PROVISION_CRITICISM"||e.entityType==="PROVISION_INCIDENT")&&typeof n.provision=="string")return`/provisions/${n.provision}`;if(e.operation==="DELETE")return;const t=e.entityType.charAt(0)+e.entityType.slice(1).toLowerCase();return Ot({__typename:t,slug:e.entitySlug})}function la(){const{lang:e}=F(),n=new Intl.DateTimeFormat(e==="fr"?"fr-FR":"en-GB",{dateStyle:"long",timeStyle:"short",timeZone:"UTC"});return t=>t?`${n.format(new Date(t))} UTC`:""}function ca(){const{t:e}=F(),{auth:n,checking:t}=St(),[r,o]=G({}),[s,c]=G(),[a,u]=G(0);if(we(()=>{if(!n)return;let h=!0;return $e(na,{},n).then(y=>h&&o({proposals:y.proposals})).catch(y=>{h&&(y instanceof Se&&y.code==="UNAUTHENTICATED"&&xn(),o({error:gr(y,e)}))}),()=>{h=!1}},[n,a,e]),t)return i(L,{children:[i("h1",{children:e.proposals}),i("p",{"aria-busy":"true",children:e.loading})]});if(!n)return i(L,{children:[i("h1",{children:e.proposals}),i(dr,{})]});const p=n.kind==="token"||n.role==="editor"||n.role==="admin",d=n.kind==="session"?n.login:void 0,g=r.proposals?.filter(h=>h.status==="PENDING")??[],l=r.proposals?.filter(h=>h.status!=="PENDING")??[],f=h=>{c(h===void 0?void 0:{ok:!0,text:h}),h!==void 0&&u(y=>y+1)};return i(L,{children:[i("h1",{children:e.proposals}),i("p",{children:e.proposalsIntro}),s&&i("p",{role:"status",id:"review-status",class:s.ok?"ok":"error",children:s.text}),r.error&&i("p",{role:"alert",class:"error",children:[e.error,e.colon,r.error]}),!r.proposals&&!r.error&&i("p",{"aria-busy":"true",children:e.loading}),r.proposals&&i(L,{children:[i("section",{"aria-labelledby":"waiting-title",children:[i("h2",{id:"waiting-title",children:e.waitingTitle}),g.length===0?i("p",{children:e.noProposals}):g.map(h=>i(vi,{proposal:h,auth:n,canReview:p&&h.proposedBy!==d,onReviewed:f},h.id))]}),i("section",{"aria-labelledby":"reviewed-title",children:[i("h2",{id:"reviewed-title",children:e.reviewedTitle}),l.length===0?i("p",{children:e.noProposals}):l.map(h=>i(vi,{proposal:h,auth:n,canReview:!1,onReviewed:f},h.id))]})]})]})}function vi(e){const{proposal:n,auth:t,canReview:r,onReviewed:o}=e,{t:s,label:c,href:a}=F(),u=la(),p=n.status==="APPROVED"?aa(n):void 0,[d,g]=G(!1),[l,f]=G(""),[h,y]=G(),[_,m]=G(!1),[b,E]=G(),I=`proposal-${n.id}`,T=s.proposalVerbs[n.operation]??c(n.operation),C=async(O,S)=>{m(!0),y(void 0),E(void 0),o(void 0);try{await O(),o(S)}catch($){$ instanceof Se&&$.code==="UNAUTHENTICATED"&&xn(),y(gr($,s)),$ instanceof Se&&$.code==="CONFLICT"&&E(await sa(n).catch(()=>{}))}finally{m(!1)}},A=O=>{if(O.preventDefault(),!l.trim())return y(s.reasonRequired);C(()=>$e(ia,{id:n.id,reason:l.trim()},t),s.rejectedNotice)};return i("article",{class:"proposal",id:I,"data-status":n.status,"data-slug":n.entitySlug,"aria-labelledby":`${I}-title`,children:[i("h3",{id:`${I}-title`,children:[T,s.colon,c(n.entityType)," ",i("code",{children:n.entitySlug})]}),i("p",{class:"proposal-meta",children:[i("span",{class:"proposed-by",children:s.proposedBy(n.proposedBy,u(n.proposedAt))})," · ",s.status,s.colon,i("span",{class:`status proposal-${n.status}`,children:c(n.status)})]}),n.reviewedBy&&i("p",{class:"reviewed-by",children:s.reviewedBy(n.reviewedBy,u(n.reviewedAt))}),n.reason&&i("p",{class:"reason",children:[s.reason,s.colon,s.open,n.reason,s.close]}),p&&i("p",{children:i("a",{class:"published",href:a(p),children:s.seePublished})}),i(yi,{before:n.before,after:n.after,caption:s.changedFields}),n.status==="PENDING"&&t.kind==="session"&&t.role!=="contributor"&&n.proposedBy===t.login&&i("p",{class:"help",children:s.ownProposal}),r&&i("div",{class:"review",children:[i("button",{type:"button",class:"approve",disabled:_,onClick:()=>C(()=>$e(ta,{id:n.id},t),s.approvedNotice),children:s.approve})," ",!d&&i("button",{type:"button",class:"reject",disabled:_,onClick:()=>g(!0),children:s.reject}),d&&i("form",{class:"reject-form",onSubmit:A,children:[i("label",{for:`${I}-reason`,children:s.rejectReason}),i("textarea",{id:`${I}-reason`,class:"reject-reason","aria-required":"true",rows:2,value:l,"aria-describedby":h?`${I}-error`:void 0,onInput:O=>f(O.currentTarget.value)}),i("button",{type:"submit",class:"send-rejection",disabled:_,children:s.sendRejection})," ",i("button",{type:"button",onClick:()=>{g(!1),y(void 0)},children:s.cancel})]})]}),h&&i("p",{role:"alert",id:`${I}-error`,class:"error review-error",children:h}),b!==void 0&&i("div",{class:"conflict current-record",children:i(yi,{before:b,after:n.after,caption:s.currentAgainstProposal})})]})}function ua(){const{t:e,lang:n,href:t}=F(),{path:r,query:o}=be(),s=n==="fr"?"en":"fr",c=new URLSearchParams(o);s==="en"?c.set("lang","en"):c.delete("lang");const a=`${r}${c.toString()?`?${c}`:""}`;return we(()=>{document.documentElement.lang=n},[n]),i("header",{children:[i("a",{class:"skip",href:"#main",children:e.skip}),i("nav",{"aria-label":e.nav,children:[i("a",{class:"brand",href:t("/"),children:"lawtracker"}),i("a",{href:t("/"),children:e.law}),i("a",{href:t("/map"),children:e.map}),i("a",{href:t("/timeline"),children:e.timeline}),i("a",{href:t("/search"),children:e.search}),i("a",{href:t("/curation"),children:e.curation}),i("a",{class:"lang",href:a,hrefLang:s,lang:s,"aria-label":`${e.language}: ${s==="en"?"English":"Français"}`,children:s==="en"?"English":"Français"})]})]})}function da(){return i(sn,{scope:"/app",children:[i(ua,{}),i("main",{id:"main",tabIndex:-1,children:i(Fi,{children:[i(oe,{path:"/app",component:Yt}),i(oe,{path:"/app/",component:Yt}),i(oe,{path:"/app/provisions/:slug",component:Ao}),i(oe,{path:"/app/map",component:Is}),i(oe,{path:"/app/timeline",component:Ts}),i(oe,{path:"/app/search",component:Rs}),i(oe,{path:"/app/actors/:slug",component:Ps}),i(oe,{path:"/app/sources/:slug",component:Fs}),i(oe,{path:"/app/incidents/:slug",component:Us}),i(oe,{path:"/app/facilities/:slug",component:Hs}),i(oe,{path:"/app/criticisms/:slug",component:js}),i(oe,{path:"/app/curation",component:Zs}),i(oe,{path:"/app/proposals",component:ca}),i(oe,{default:!0,component:Fr})]})})]})}xn();Er(i(da,{}),document.getElementById("app"));
