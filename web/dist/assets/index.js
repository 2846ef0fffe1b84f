var et,F,si,we,wn,ai,li,Nt,ft,ze,ci,un,Wt,Gt,ui,yt={},vt=[],Ji=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,tt=Array.isArray;function ve(e,t){for(var n in t)e[n]=t[n];return e}function dn(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Ie(e,t,n){var i,s,a,o={};for(a in t)a=="key"?i=t[a]:a=="ref"?s=t[a]:o[a]=t[a];if(arguments.length>2&&(o.children=arguments.length>3?et.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)o[a]===void 0&&(o[a]=e.defaultProps[a]);return je(e,o,i,s,null)}function je(e,t,n,i,s){var a={type:e,props:t,key:n,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++si,__i:-1,__u:0};return s==null&&F.vnode!=null&&F.vnode(a),a}function M(e){return e.children}function ht(e,t){this.props=e,this.context=t}function Ce(e,t){if(t==null)return e.__?Ce(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?Ce(e):null}function Ki(e){if(e.__P&&e.__d){var t=e.__v,n=t.__e,i=[],s=[],a=ve({},t);a.__v=t.__v+1,F.vnode&&F.vnode(a),pn(e.__P,a,t,e.__n,e.__P.namespaceURI,32&t.__u?[n]:null,i,n??Ce(t),!!(32&t.__u),s),a.__v=t.__v,a.__.__k[a.__i]=a,mi(i,a,s),t.__e=t.__=null,a.__e!=n&&di(a)}}function di(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),di(e)}function Vt(e){(!e.__d&&(e.__d=!0)&&we.push(e)&&!bt.__r++||wn!=F.debounceRendering)&&((wn=F.debounceRendering)||ai)(bt)}function bt(){try{for(var e,t=1;we.length;)we.length>t&&we.sort(li),e=we.shift(),t=we.length,Ki(e)}finally{we.length=bt.__r=0}}function pi(e,t,n,i,s,a,o,l,p,u,d){var h,c,f,g,m,y,w=i&&i.__k||vt,b=t.length;for(p=Qi(n,t,w,p,b),h=0;h<b;h++)(f=n.__k[h])!=null&&(c=f.__i!=-1&&w[f.__i]||yt,f.__i=h,y=pn(e,f,c,s,a,o,l,p,u,d),g=f.__e,f.ref&&c.ref!=f.ref&&(c.ref&&fn(c.ref,null,f),d.push(f.ref,f.__c||g,f)),m==null&&g!=null&&(m=g),4&f.__u?(p=fi(f,p,e),c.__e&&(c.__e=null)):typeof f.type=="function"&&y!==void 0?p=y:g&&(p=g.nextSibling),f.__u&=-7);return n.__e=m,p}function Qi(e,t,n,i,s){var a,o,l,p,u,d=n.length,h=d,c=0;for(e.__k=new Array(s),a=0;a<s;a++)(o=t[a])!=null&&typeof o!="boolean"&&typeof o!="function"?(typeof o=="string"||typeof o=="number"||typeof o=="bigint"||o.constructor==String?o=e.__k[a]=je(null,o,null,null,null):tt(o)?o=e.__k[a]=je(M,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[a]=je(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[a]=o,p=a+c,o.__=e,o.__b=e.__b+1,l=null,(u=o.__i=Xi(o,n,p,h))!=-1&&(h--,(l=n[u])&&(l.__u|=2)),l==null||l.__v==null?(u==-1&&(s>d?c--:s<d&&c++),typeof o.type!="function"&&(o.__u|=4)):u!=p&&(u==p-1?c--:u==p+1?c++:(u>p?c--:c++,o.__u|=4))):e.__k[a]=null;if(h)for(a=0;a<d;a++)(l=n[a])!=null&&(2&l.__u)==0&&(l.__e==i&&(i=Ce(l)),yi(l,l));return i}function fi(e,t,n){var i,s;if(typeof e.type=="function"){for(i=e.__k,s=0;i&&s<i.length;s++)i[s]&&(i[s].__=e,t=fi(i[s],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Ce(e)),t=n.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function hi(e,t){return t=t||[],e==null||typeof e=="boolean"||(tt(e)?e.some(function(n){hi(n,t)}):t.push(e)),t}function Xi(e,t,n,i){var s,a,o,l=e.key,p=e.type,u=t[n],d=u!=null&&(2&u.__u)==0;if(u===null&&l==null||d&&l==u.key&&p==u.type)return n;if(i>(d?1:0)){for(s=n-1,a=n+1;s>=0||a<t.length;)if((u=t[o=s>=0?s--:a++])!=null&&(2&u.__u)==0&&l==u.key&&p==u.type)return o}return-1}function $n(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Ji.test(t)?n:n+"px"}function rt(e,t,n,i,s){var a,o;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)n&&t in n||$n(e.style,t,"");if(n)for(t in n)i&&n[t]==i[t]||$n(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(ci,"$1")),o=t.toLowerCase(),t=o in e||t=="onFocusOut"||t=="onFocusIn"?o.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?i?n[ze]=i[ze]:(n[ze]=un,e.addEventListener(t,a?Gt:Wt,a)):e.removeEventListener(t,a?Gt:Wt,a);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function En(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t[ft]==null)t[ft]=un++;else if(t[ft]<n[ze])return;return n(F.event?F.event(t):t)}}}function pn(e,t,n,i,s,a,o,l,p,u){var d,h,c,f,g,m,y,w,b,S,v,E,C,k,R,q,N=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(p=!!(32&n.__u),a=[l=t.__e=n.__e]),(d=F.__b)&&d(t);e:if(typeof N=="function"){h=o.length;try{if(b=t.props,S=N.prototype&&N.prototype.render,v=(d=N.contextType)&&i[d.__c],E=d?v?v.props.value:d.__:i,n.__c?w=(c=t.__c=n.__c).__=c.__E:(S?t.__c=c=new N(b,E):(t.__c=c=new ht(b,E),c.constructor=N,c.render=er),v&&v.sub(c),c.state||(c.state={}),c.__n=i,f=c.__d=!0,c.__h=[],c._sb=[]),S&&c.__s==null&&(c.__s=c.state),S&&N.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=ve({},c.__s)),ve(c.__s,N.getDerivedStateFromProps(b,c.__s))),g=c.props,m=c.state,c.__v=t,f)S&&N.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),S&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(S&&N.getDerivedStateFromProps==null&&b!==g&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(b,E),t.__v==n.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(b,c.__s,E)===!1){t.__v!=n.__v&&(c.props=b,c.state=c.__s,c.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(T){T&&(T.__=t)}),vt.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&o.push(c),l=Ce(n);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(b,c.__s,E),S&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(g,m,y)})}if(c.context=E,c.props=b,c.__P=e,c.__e=!1,C=F.__r,k=0,S)c.state=c.__s,c.__d=!1,C&&C(t),d=c.render(c.props,c.state,c.context),vt.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,C&&C(t),d=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++k<25);c.state=c.__s,c.getChildContext!=null&&(i=ve(ve({},i),c.getChildContext())),S&&!f&&c.getSnapshotBeforeUpdate!=null&&(y=c.getSnapshotBeforeUpdate(g,m)),R=d!=null&&d.type===M&&d.key==null?_i(d.props.children):d,l=pi(e,tt(R)?R:[R],t,n,i,s,a,o,l,p,u),c.base=t.__e,t.__u&=-161,c.__h.length&&o.push(c),w&&(c.__E=c.__=null)}catch(T){if(o.length=h,t.__v=null,p||a!=null){if(T.then){for(t.__u|=p?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;a!=null&&(a[a.indexOf(l)]=null),t.__e=l}else if(a!=null)for(q=a.length;q--;)dn(a[q])}else t.__e=n.__e;t.__k==null&&(t.__k=n.__k||[]),T.then||gi(t),F.__e(T,t,n)}}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):l=t.__e=Zi(n.__e,t,n,i,s,a,o,p,u);return(d=F.diffed)&&d(t),128&t.__u?void 0:l}function gi(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(gi))}function mi(e,t,n){for(var i=0;i<n.length;i++)fn(n[i],n[++i],n[++i]);F.__c&&F.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){F.__e(a,s.__v)}})}function _i(e){return typeof e!="object"||e==null||e.__b>0?e:tt(e)?e.map(_i):e.constructor!==void 0?null:ve({},e)}function Zi(e,t,n,i,s,a,o,l,p){var u,d,h,c,f,g,m,y=n.props||yt,w=t.props,b=t.type;if(b=="svg"?s="http://www.w3.org/2000/svg":b=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a!=null){for(u=0;u<a.length;u++)if((f=a[u])&&"setAttribute"in f==!!b&&(b?f.localName==b:f.nodeType==3)){e=f,a[u]=null;break}}if(e==null){if(b==null)return document.createTextNode(w);e=document.createElementNS(s,b,w.is&&w),l&&(F.__m&&F.__m(t,a),l=!1),a=null}if(b==null)y===w||l&&e.data==w||(e.data=w);else{if(a=b=="textarea"&&w.defaultValue!=null?null:a&&et.call(e.childNodes),!l&&a!=null)for(y={},u=0;u<e.attributes.length;u++)y[(f=e.attributes[u]).name]=f.value;for(u in y)f=y[u],u=="dangerouslySetInnerHTML"?h=f:u=="children"||u in w||u=="value"&&"defaultValue"in w||u=="checked"&&"defaultChecked"in w||rt(e,u,null,f,s);for(u in w)f=w[u],u=="children"?c=f:u=="dangerouslySetInnerHTML"?d=f:u=="value"?g=f:u=="checked"?m=f:l&&typeof f!="function"||y[u]===f||rt(e,u,f,y[u],s);if(d)l||h&&(d.__html==h.__html||d.__html==e.innerHTML)||(e.innerHTML=d.__html),t.__k=[];else if(h&&(e.innerHTML=""),pi(t.type=="template"?e.content:e,tt(c)?c:[c],t,n,i,b=="foreignObject"?"http://www.w3.org/1999/xhtml":s,a,o,a?a[0]:n.__k&&Ce(n,0),l,p),a!=null)for(u=a.length;u--;)dn(a[u]);l&&b!="textarea"||(u="value",b=="progress"&&g==null?e.removeAttribute("value"):g!=null&&(g!==e[u]||b=="progress"&&!g||b=="option"&&g!=y[u])&&rt(e,u,g,y[u],s),u="checked",m!=null&&m!=e[u]&&rt(e,u,m,y[u],s))}return e}function fn(e,t,n){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(s){F.__e(s,n)}}function yi(e,t,n){var i,s;if(F.unmount&&F.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||fn(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(a){F.__e(a,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&yi(i[s],t,n||typeof e.type!="function");n||dn(e.__e),e.__c=e.__=e.__e=void 0}function er(e,t,n){return this.constructor(e,n)}function tr(e,t,n){var i,s,a,o;t==document&&(t=document.documentElement),F.__&&F.__(e,t),s=(i=!1)?null:t.__k,a=[],o=[],pn(t,e=t.__k=Ie(M,null,[e]),s||yt,yt,t.namespaceURI,s?null:t.firstChild?et.call(t.childNodes):null,a,s?s.__e:t.firstChild,i,o),mi(a,e,o),e.props.children=null}function In(e,t,n){var i,s,a,o,l=ve({},e.props);for(a in e.type&&e.type.defaultProps&&(o=e.type.defaultProps),t)a=="key"?i=t[a]:a=="ref"?s=t[a]:l[a]=t[a]===void 0&&o!=null?o[a]:t[a];return arguments.length>2&&(l.children=arguments.length>3?et.call(arguments,2):n),je(e.type,l,i||e.key,s||e.ref,null)}function vi(e){function t(n){var i,s;return this.getChildContext||(i=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){i=null},this.shouldComponentUpdate=function(a){this.props.value!=a.value&&i.forEach(function(o){o.__e=!0,Vt(o)})},this.sub=function(a){i.add(a);var o=a.componentWillUnmount;a.componentWillUnmount=function(){i&&i.delete(a),o&&o.call(a)}}),n.children}return t.__c="__cC"+ui++,t.__=e,t.Provider=t.__l=(t.Consumer=function(n,i){return n.children(i)}).contextType=t,t}et=vt.slice,F={__e:function(e,t,n,i){for(var s,a,o;t=t.__;)if((s=t.__c)&&!s.__)try{if((a=s.constructor)&&a.getDerivedStateFromError!=null&&(s.setState(a.getDerivedStateFromError(e)),o=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,i||{}),o=s.__d),o)return s.__E=s}catch(l){e=l}throw e}},si=0,ht.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ve({},this.state),typeof e=="function"&&(e=e(ve({},n),this.props)),e&&ve(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Vt(this))},ht.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Vt(this))},ht.prototype.render=M,we=[],ai=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,li=function(e,t){return e.__v.__b-t.__v.__b},bt.__r=0,Nt=Math.random().toString(8),ft="__d"+Nt,ze="__a"+Nt,ci=/(PointerCapture)$|Capture$/i,un=0,Wt=En(!1),Gt=En(!0),ui=0;var nr=0;function r(e,t,n,i,s,a){t||(t={});var o,l,p=t;if("ref"in p)for(l in p={},t)l=="ref"?o=t[l]:p[l]=t[l];var u={type:e,props:p,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--nr,__i:-1,__u:0,__source:s,__self:a};if(typeof e=="function"&&(o=e.defaultProps))for(l in o)p[l]===void 0&&(p[l]=o[l]);return F.vnode&&F.vnode(u),u}var qe,H,kt,Cn,St=0,bi=[],J=F,qn=J.__b,Tn=J.__r,Pn=J.diffed,Rn=J.__c,Nn=J.unmount,kn=J.__;function nt(e,t){J.__h&&J.__h(H,e,St||t),St=0;var n=H.__H||(H.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function ce(e){return St=1,hn($i,e)}function hn(e,t,n){var i=nt(qe++,2);if(i.t=e,!i.__c&&(i.__=[$i(void 0,t),function(l){var p=i.__N?i.__N[0]:i.__[0],u=i.t(p,l);p!==u&&(i.__N=[u,i.__[1]],i.__c.setState({}))}],i.__c=H,!H.__f)){var s=function(l,p,u){if(!i.__c.__H)return!0;var d=!1,h=i.__c.props!==l;if(i.__c.__H.__.some(function(f){if(f.__N){d=!0;var g=f.__[0];f.__=f.__N,f.__N=void 0,g!==f.__[0]&&(h=!0)}}),a){var c=a.call(this,l,p,u);return d?c||h:c}return!d||h};H.__f=!0;var a=H.shouldComponentUpdate,o=H.componentWillUpdate;H.componentWillUpdate=function(l,p,u){if(this.__e){var d=a;a=void 0,s(l,p,u),a=d}o&&o.call(this,l,p,u)},H.shouldComponentUpdate=s}return i.__N||i.__}function Le(e,t){var n=nt(qe++,3);!J.__s&&mn(n.__H,t)&&(n.__=e,n.u=t,H.__H.__h.push(n))}function Si(e,t){var n=nt(qe++,4);!J.__s&&mn(n.__H,t)&&(n.__=e,n.u=t,H.__h.push(n))}function me(e){return St=5,gn(function(){return{current:e}},[])}function gn(e,t){var n=nt(qe++,7);return mn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function wi(e){var t=H.context[e.__c],n=nt(qe++,9);return n.c=e,t?(n.__==null&&(n.__=!0,t.sub(H)),t.props.value):e.__}function ir(){for(var e;e=bi.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(gt),t.__h.some(zt),t.__h=[]}catch(n){t.__h=[],J.__e(n,e.__v)}}}J.__b=function(e){H=null,qn&&qn(e)},J.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),kn&&kn(e,t)},J.__r=function(e){Tn&&Tn(e),qe=0;var t=(H=e.__c).__H;t&&(kt===H?(t.__h=[],H.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})):(t.__h.some(gt),t.__h.some(zt),t.__h=[],qe=0)),kt=H},J.diffed=function(e){Pn&&Pn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(bi.push(t)!==1&&Cn===J.requestAnimationFrame||((Cn=J.requestAnimationFrame)||rr)(ir)),t.__H.__.some(function(n){n.u&&(n.__H=n.u,n.u=void 0)})),kt=H=null},J.__c=function(e,t){t.some(function(n){try{n.__h.some(gt),n.__h=n.__h.filter(function(i){return!i.__||zt(i)})}catch(i){t.some(function(s){s.__h&&(s.__h=[])}),t=[],J.__e(i,n.__v)}}),Rn&&Rn(e,t)},J.unmount=function(e){Nn&&Nn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(i){try{gt(i)}catch(s){t=s}}),n.__H=void 0,t&&J.__e(t,n.__v))};var On=typeof requestAnimationFrame=="function";function rr(e){var t,n=function(){clearTimeout(i),On&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(n,35);On&&(t=requestAnimationFrame(n))}function gt(e){var t=H,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),H=t}function zt(e){var t=H;e.__c=e.__(),H=t}function mn(e,t){return!e||e.length!==t.length||t.some(function(n,i){return n!==e[i]})}function $i(e,t){return typeof t=="function"?t(e):t}let Re,Fe;function or(e){return!Fe||(typeof Fe=="string"?e.startsWith(Fe):Fe.test(e))}function sr(e,t){let n="";if(Re=void 0,t&&t.type==="click"){if(t.ctrlKey||t.metaKey||t.altKey||t.shiftKey||t.button!==0)return e;const i=t.composedPath().find(a=>a.nodeName=="A"&&a.href),s=i&&i.getAttribute("href");if(!i||i.origin!=location.origin||/^#/.test(s)||!/^(_?self)?$/i.test(i.target)||!or(s)||i.download)return e;Re=!0,t.preventDefault(),n=i.href.replace(location.origin,"")}else t&&t.url?(Re=!t.replace,n=t.url):n=location.pathname+location.search;return Re===!0?history.pushState(null,"",n):Re===!1&&history.replaceState(null,"",n),n}const ar=(e,t,n={})=>{e=e.split("/").filter(Boolean),t=(t||"").split("/").filter(Boolean),n.params||(n.params={});for(let i=0,s,a;i<Math.max(e.length,t.length);i++){let[,o,l,p]=(t[i]||"").match(/^(:?)(.*?)([+*?]?)$/);if(s=e[i],!(!o&&l==s)){if(!o&&s&&p=="*"){n.rest="/"+e.slice(i).join("/");break}if(!o||!s&&p!="?"&&p!="*")return;if(a=p=="+"||p=="*",a?s=e.slice(i).map(decodeURIComponent).join("/")||void 0:s&&(s=decodeURIComponent(s)),n.params[l]=s,l in n||(n[l]=s),a)break}}return n};function it(e){const[t,n]=hn(sr,e.url||location.pathname+location.search);e.scope&&(Fe=e.scope);const i=Re===!0,s=gn(()=>{const a=new URL(t,location.origin),o=a.pathname.replace(/\/+$/g,"")||"/";return{url:t,path:o,query:Object.fromEntries(a.searchParams),route:(l,p)=>n({url:l,replace:p}),back:()=>{history.back()},forward:()=>{history.forward()},wasPush:i}},[t]);return Si(()=>(addEventListener("click",n),addEventListener("popstate",n),()=>{removeEventListener("click",n),removeEventListener("popstate",n)}),[]),Ie(it.ctx.Provider,{value:s},e.children)}const lr=Promise.resolve();function Ei(e){const[t,n]=hn(q=>q+1,0),{url:i,query:s,wasPush:a,path:o}=Se();if(!i)throw new Error("preact-iso's <Router> must be used within a <LocationProvider>, see: https://github.com/preactjs/preact-iso#locationprovider");const{rest:l=o,params:p={}}=wi(Ln),u=me(!1),d=me(o),h=me(1),c=me(),f=me(),g=me(),m=me(!1),y=me();y.current=!1;let w,b,S;hi(e.children).some(q=>{if(ar(l,q.props.path,S={...q.props,path:l,query:s,params:Object.assign({},p),rest:""}))return w=In(q,S);q.props.default&&(b=In(q,S))});let v=w||b;const E=c.current&&c.current.__u&ot&&c.current.__u&st,C=c.current&&c.current.__h,k=gn(()=>{f.current=c.current,c.current=Ie(Ln.Provider,{value:S},v);const q=f.current&&f.current.props.children;return!q||!v||v.type!==q.type||v.props.component!==q.props.component?(h.current++,!0):!1},[i,JSON.stringify(S)]);E?(c.current.__u|=ot,c.current.__u|=st):C&&(c.current.__h=!0);const R=f.current;return f.current=null,this.__c=(q,N)=>{y.current=!0,f.current=R,e.onLoadStart&&e.onLoadStart(i),u.current=!0;let T=h.current;q.then(()=>{T===h.current&&(f.current=null,c.current&&(N.__h&&(c.current.__h=N.__h),N.__u&st&&(c.current.__u|=st),N.__u&ot&&(c.current.__u|=ot)),lr.then(n))})},Si(()=>{const q=this.__v&&this.__v.__e;if(y.current){!m.current&&!g.current&&(g.current=q);return}!m.current&&g.current&&(g.current!==q&&g.current.remove(),g.current=null),m.current=!0,d.current!==o&&(a&&scrollTo(0,0),e.onRouteChange&&e.onRouteChange(i),d.current=o),e.onLoadEnd&&u.current&&e.onLoadEnd(i),u.current=!1},[o,a,t]),k?[Ie(Ot,{r:c,key:h.current}),Ie(Ot,{r:f,key:h.current-1})]:Ie(Ot,{r:c,key:h.current})}const ot=32,st=128,Ot=({r:e})=>e.current;Ei.Provider=it;it.ctx=vi({});const Ln=vi({}),oe=e=>Ie(e.component,e),Se=()=>wi(it.ctx),cr={colon:" : ",open:"« ",close:" »",lawNumber:e=>`Loi n° ${e}`,skip:"Aller au contenu",nav:"Navigation principale",law:"Loi",map:"Carte",timeline:"Chronologie",search:"Recherche",curation:"Curation",language:"Langue",loading:"Chargement…",notFound:"Introuvable",error:"Erreur",stages:"Étapes législatives",events:"Événements",timeAxis:"Axe du temps : étapes et événements",articlesByTheme:"Articles par thème",status:"Statut",parameters:"Mesures à chaque étape",measure:"Mesure",beforeTheLaw:"avant la loi",diff:"Comparer deux moments",diffFrom:"De",diffTo:"À",diffHelp:"Une étape ou une date (AAAA-MM-JJ)",text:"Texte",noText:"Aucune source ne donne le texte à ce moment.",sourceAccount:"Récit d'une source, pas le texte légal",measures:"Mesures",noMeasureChange:"Aucune mesure ne change.",incidents:"Incidents liés",criticisms:"Critiques et soutiens",evidence:"Preuves",source:"Source",reliability:"Fiabilité",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"non confirmé : sources peu fiables seulement",claims:"Affirmations contestées",contested:"contesté",filters:"Filtres",from:"Du",to:"Au",kind:"Type",provision:"Disposition",any:"Tous",markers:(e,t)=>`${e} incident${e>1?"s":""} sur la carte, ${t} sans coordonnées`,basemapCredit:"Fond de carte : Natural Earth 1:50m (domaine public), paquet npm world-atlas.",searchLabel:"Rechercher (français ou anglais)",results:e=>`${e} résultat${e>1?"s":""}`,byRight:"Critiques par droit invoqué",readSource:"Lire la source",citedPassages:e=>`${e} passage${e>1?"s":""} cité${e>1?"s":""}`,supports:"appuie",token:"Jeton d'API",signIn:"Se connecter",signOut:"Se déconnecter",signedIn:"Connecté",linkTitle:"Lier à une disposition, preuve à l'appui",linkWhat:"Quoi lier",criticism:"Critique",incident:"Incident",relation:"Relation",selectPassage:"Sélectionnez le passage dans la source ci-dessous, puis :",useSelection:"Prendre la sélection comme citation",quote:"Citation",note:"Note",link:"Lier",linked:"Lien enregistré.",editTitle:"Modifier le résumé d'une critique",summary:"Résumé",version:"Version",save:"Enregistrer",saved:"Enregistré.",conflict:"Conflit : quelqu'un a modifié cet enregistrement depuis votre lecture.",currentRecord:"L'enregistrement actuel",reapply:"Réappliquer ma modification",facility:"Établissement",aliases:"Autres noms",actor:"Acteur",stance:"Position",date:"Date",outcomes:"Bilan",none:"Aucun"},ur={colon:": ",open:"“",close:"”",lawNumber:e=>`Law No. ${e}`,skip:"Skip to content",nav:"Main navigation",law:"Law",map:"Map",timeline:"Timeline",search:"Search",curation:"Curation",language:"Language",loading:"Loading…",notFound:"Not found",error:"Error",stages:"Legislative stages",events:"Events",timeAxis:"Time axis: stages and events",articlesByTheme:"Articles by theme",status:"Status",parameters:"Measures at each stage",measure:"Measure",beforeTheLaw:"before the law",diff:"Compare two moments",diffFrom:"From",diffTo:"To",diffHelp:"A stage or a day (YYYY-MM-DD)",text:"Text",noText:"No source gives the text at that moment.",sourceAccount:"A source's account, not the legal wording",measures:"Measures",noMeasureChange:"No measure changes.",incidents:"Linked incidents",criticisms:"Criticisms and support",evidence:"Evidence",source:"Source",reliability:"Reliability",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"unconfirmed: low-reliability sources only",claims:"Contested claims",contested:"contested",filters:"Filters",from:"From",to:"To",kind:"Kind",provision:"Provision",any:"Any",markers:(e,t)=>`${e} incident${e>1?"s":""} on the map, ${t} without coordinates`,basemapCredit:"Basemap: Natural Earth 1:50m (public domain), npm package world-atlas.",searchLabel:"Search (French or English)",results:e=>`${e} result${e>1?"s":""}`,byRight:"Criticisms by right invoked",readSource:"Read the source",citedPassages:e=>`${e} cited passage${e>1?"s":""}`,supports:"supports",token:"API token",signIn:"Sign in",signOut:"Sign out",signedIn:"Signed in",linkTitle:"Link to a provision, with evidence",linkWhat:"What to link",criticism:"Criticism",incident:"Incident",relation:"Relation",selectPassage:"Select the passage in the source below, then:",useSelection:"Use the selection as the quote",quote:"Quote",note:"Note",link:"Link",linked:"Link recorded.",editTitle:"Edit a criticism's summary",summary:"Summary",version:"Version",save:"Save",saved:"Saved.",conflict:"Conflict: someone changed this record since you read it.",currentRecord:"The current record",reapply:"Reapply my change",facility:"Facility",aliases:"Other names",actor:"Actor",stance:"Stance",date:"Date",outcomes:"Outcomes",none:"None"},dr={fr:cr,en:ur},pr={fr:{PROPOSED:"proposé",ADOPTED:"adopté",IN_FORCE:"en vigueur",PARTLY_CENSORED:"partiellement censuré",CENSORED:"censuré",PARTLY_CENSURED:"partiellement censuré",CENSURED:"censuré",DROPPED:"supprimé",REPEALED:"abrogé",DETENTION_REGIME:"Régime de détention",COMMUNICATIONS:"Communications",PROSECUTION:"Poursuites",FACILITIES:"Établissements",INVESTIGATION:"Enquête",ASSETS:"Avoirs",PUBLIC_ORDER:"Ordre public",PROCEDURE:"Procédure",HIGH:"élevée",MEDIUM:"moyenne",LOW:"faible",UNRELIABLE:"non fiable",UNRATED:"non évaluée",ARSON:"incendie",GUNFIRE:"tirs",VANDALISM:"vandalisme",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"émeute",ASSAULT:"agression",SMUGGLING:"contrebande",ESCAPE_ATTEMPT:"tentative d'évasion",OTHER:"autre",OPPOSES:"s'oppose",CONCERNED:"inquiet",SUPPORTS:"soutient",DEMANDS_ACTION:"demande d'agir",LEGISLATIVE_STAGE:"étape",INCIDENT:"incident",STATEMENT:"déclaration",LIFECYCLE_EVENT:"événement",REACTION_TO_PROVISION:"réaction à la disposition",CITED_AS_JUSTIFICATION:"invoqué comme justification",COINCIDED_WITH_DEBATE:"pendant le débat",PROVISION:"disposition",CRITICISM:"critique",FACILITY:"établissement",ACTOR:"acteur",SOURCE:"source",LAW:"loi"},en:{PROPOSED:"proposed",ADOPTED:"adopted",IN_FORCE:"in force",PARTLY_CENSORED:"partly censured",CENSORED:"censured",PARTLY_CENSURED:"partly censured",CENSURED:"censured",DROPPED:"dropped",REPEALED:"repealed",DETENTION_REGIME:"Detention regime",COMMUNICATIONS:"Communications",PROSECUTION:"Prosecution",FACILITIES:"Facilities",INVESTIGATION:"Investigation",ASSETS:"Assets",PUBLIC_ORDER:"Public order",PROCEDURE:"Procedure",HIGH:"high",MEDIUM:"medium",LOW:"low",UNRELIABLE:"unreliable",UNRATED:"unrated",ARSON:"arson",GUNFIRE:"gunfire",VANDALISM:"vandalism",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"riot",ASSAULT:"assault",SMUGGLING:"smuggling",ESCAPE_ATTEMPT:"escape attempt",OTHER:"other",OPPOSES:"opposes",CONCERNED:"concerned",SUPPORTS:"supports",DEMANDS_ACTION:"demands action",LEGISLATIVE_STAGE:"stage",INCIDENT:"incident",STATEMENT:"statement",LIFECYCLE_EVENT:"event",REACTION_TO_PROVISION:"reaction to the provision",CITED_AS_JUSTIFICATION:"cited as justification",COINCIDED_WITH_DEBATE:"during the debate",PROVISION:"provision",CRITICISM:"criticism",FACILITY:"facility",ACTOR:"actor",SOURCE:"source",LAW:"law"}};function fr(){const{query:e}=Se();return e.lang==="en"?"en":"fr"}function z(){const e=fr();return{t:dr[e],lang:e,label:t=>pr[e][t]??t,href:(t,n)=>hr(e,t,n)}}function hr(e,t,n={}){const i=new URLSearchParams;for(const[a,o]of Object.entries(n))o&&i.set(a,o);e==="en"&&i.set("lang","en");const s=i.toString();return`/app${t}${s?`?${s}`:""}`}function re(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Ee(e){return re(e)==="object"}function gr(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function xn(e,t){return e.length<124?e:t}const mr="graphql-transport-ws";var se=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(se||{}),ae=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(ae||{});function Ii(e){if(!Ee(e))throw new Error(`Message is expected to be an object, but got ${re(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${re(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Ee(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ee(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${re(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${re(e.payload.query)}`);if(e.payload.variables!=null&&!Ee(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${re(e.payload.variables)}`);if(e.payload.operationName!=null&&re(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${re(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Ee(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${re(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ee(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${re(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!gr(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function _r(e,t){return Ii(typeof e=="string"?JSON.parse(e,t):e)}function Me(e,t){return Ii(e),JSON.stringify(e,t)}function yr(e){const{url:t,connectionParams:n,lazy:i=!0,onNonLazyError:s=console.error,lazyCloseTimeout:a=0,keepAlive:o=0,disablePong:l,connectionAckWaitTimeout:p=0,retryAttempts:u=5,retryWait:d=async function(_){const $=Math.pow(2,_);await new Promise(P=>setTimeout(P,$*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:h=Lt,on:c,webSocketImpl:f,generateID:g=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,_=>{const $=Math.random()*16|0;return(_=="x"?$:$&3|8).toString(16)})},jsonMessageReplacer:m,jsonMessageReviver:y}=e;let w;if(f){if(!br(f))throw new Error("Invalid WebSocket implementation provided");w=f}else typeof WebSocket<"u"?w=WebSocket:typeof global<"u"?w=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(w=window.WebSocket||window.MozWebSocket);if(!w)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const b=w,S=(()=>{const I=(()=>{const $={};return{on(P,L){return $[P]=L,()=>{delete $[P]}},emit(P){"id"in P&&$[P.id]?.(P)}}})(),_={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[I.emit,c.message]:[I.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:I.on,on($,P){const L=_[$];return L.push(P),()=>{const D=L.indexOf(P);D>-1&&L.splice(D,1)}},emit($,...P){for(const L of[..._[$]])L(...P)}}})();function v(I){const _=[S.on("error",$=>{_.forEach(P=>P()),I($)}),S.on("closed",$=>{_.forEach(P=>P()),I($)})];return()=>_.forEach($=>$())}let E,C=0,k,R=!1,q=0,N=!1;async function T(){clearTimeout(k);const[I,_]=await(E??(E=new Promise((L,D)=>(async()=>{if(R){if(await d(q),!C)return E=void 0,D({code:1e3,reason:"All Subscriptions Gone"});q++}S.emit("connecting",R);const O=new b(typeof t=="function"?await t():t,mr);let Q,ne;function ie(){isFinite(o)&&o>0&&(clearTimeout(ne),ne=setTimeout(()=>{O.readyState===b.OPEN&&(O.send(Me({type:ae.Ping})),S.emit("ping",!1,void 0))},o))}v(G=>{E=void 0,clearTimeout(Q),clearTimeout(ne),D(G),G instanceof Dn&&(O.close(4499,"Terminated"),O.onerror=null,O.onclose=null)}),O.onerror=G=>S.emit("error",G),O.onclose=G=>S.emit("closed",G),O.onopen=async()=>{try{S.emit("opened",O);const G=typeof n=="function"?await n():n;if(O.readyState!==b.OPEN)return;O.send(Me(G?{type:ae.ConnectionInit,payload:G}:{type:ae.ConnectionInit},m)),isFinite(p)&&p>0&&(Q=setTimeout(()=>{O.close(se.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),ie()}catch(G){S.emit("error",G),O.close(se.InternalClientError,xn(G instanceof Error?G.message:String(G),"Internal client error"))}};let he=!1;O.onmessage=({data:G})=>{try{const Z=_r(G,y);if(S.emit("message",Z),Z.type==="ping"||Z.type==="pong"){S.emit(Z.type,!0,Z.payload),Z.type==="pong"?ie():l||(O.send(Me(Z.payload?{type:ae.Pong,payload:Z.payload}:{type:ae.Pong},m)),S.emit("pong",!1,Z.payload));return}if(he)return;if(Z.type!==ae.ConnectionAck)throw new Error(`First message cannot be of type ${Z.type}`);clearTimeout(Q),he=!0,S.emit("connected",O,Z.payload,R),R=!1,q=0;const Sn=new Promise((Ts,Yi)=>v(Yi));Sn.catch(()=>{}),L([O,Sn])}catch(Z){O.onmessage=null,S.emit("error",Z),O.close(se.BadResponse,xn(Z instanceof Error?Z.message:String(Z),"Bad response"))}}})())));I.readyState===b.CLOSING&&await _;let $=()=>{};const P=new Promise(L=>$=L);return[I,$,new Promise((L,D)=>{const O=v(D);I.readyState!==b.OPEN&&_.catch(D),P.then(()=>{if(O(),!C){const Q=()=>I.close(1e3,"Normal Closure");isFinite(a)&&a>0?(clearTimeout(k),k=setTimeout(()=>{!C&&I.readyState===b.OPEN&&Q()},a)):Q()}L()})})]}function X(I){if(Lt(I)&&(vr(I.code)||[se.InternalServerError,se.InternalClientError,se.BadRequest,se.BadResponse,se.Unauthorized,se.SubprotocolNotAcceptable,se.SubscriberAlreadyExists,se.TooManyInitialisationRequests].includes(I.code)))throw I;if(N)return!1;if(Lt(I)&&I.code===1e3)return C>0;if(!u||q>=u||!h(I))throw I;return R=!0}i||(async()=>{for(C++;;)try{const[,,I]=await T();await I}catch(I){try{if(!X(I))return}catch(_){return s?.(_)}}})();function U(I,_){const $=g(I);let P=!1,L=!1,D=()=>{C--,P=!0};return(async()=>{for(C++;;)try{const[O,Q,ne]=await T();if(P)return ne.catch(()=>{}),Q();const ie=S.onMessage($,he=>{switch(he.type){case ae.Next:{_.next(he.payload);return}case ae.Error:{L=!0,P=!0,_.error(he.payload),D();return}case ae.Complete:{P=!0,D();return}}});O.send(Me({id:$,type:ae.Subscribe,payload:I},m)),D=()=>{!P&&O.readyState===b.OPEN&&O.send(Me({id:$,type:ae.Complete},m)),C--,P=!0,Q()},await ne.finally(ie);return}catch(O){if(!X(O))return}})().then(()=>{L||_.complete()}).catch(O=>{_.error(O)}),()=>{P||D()}}return{on:S.on,subscribe:U,iterate(I){const _=[],$={done:!1,error:null,resolve:()=>{}},P=U(I,{next(D){_.push(D),$.resolve()},error(D){$.done=!0,$.error=D,$.resolve()},complete(){$.done=!0,$.resolve()}}),L=(async function*(){for(;;){for(_.length||await new Promise(O=>$.resolve=O);_.length;)yield _.shift();if($.error)throw $.error;if($.done)return}})();return L.throw=async D=>($.done||($.done=!0,$.error=D,$.resolve()),{done:!0,value:void 0}),L.return=async()=>(P(),{done:!0,value:void 0}),L},async dispose(){if(N=!0,E){const[I]=await E;I.close(1e3,"Normal Closure")}},terminate(){E&&S.emit("closed",new Dn)}}}class Dn extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function Lt(e){return Ee(e)&&"code"in e&&"reason"in e}function vr(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function br(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class Ye extends Error{constructor(t){super(t.map(n=>n.message).join("; ")),this.errors=t}get code(){return this.errors[0]?.extensions?.code}}async function Je(e,t,n){const i={"content-type":"application/json"};n&&(i.authorization=`Bearer ${n}`);const s=await fetch("/graphql",{method:"POST",headers:i,body:JSON.stringify({query:e.toString(),variables:t})});if(!s.ok&&s.status!==200)throw new Ye([{message:`HTTP ${s.status} from /graphql`}]);const a=await s.json();if(a.errors?.length)throw new Ye(a.errors);return a.data}let at;const xt=new Set,Sr="subscription { changes { id entityType entitySlug related } }";function wr(e){if(xt.add(e),!at){const t=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/ws`;at=yr({url:t,retryAttempts:1/0,lazy:!1}),at.subscribe({query:Sr},{next:n=>{const i=n.data?.changes;i&&xt.forEach(s=>s(i))},error:()=>{},complete:()=>{}}),at.on("connected",()=>document.documentElement.setAttribute("data-live","connected"))}return()=>{xt.delete(e)}}function de({citations:e}){const{t,label:n,href:i}=z();return e.length===0?null:r("ul",{class:"evidence","aria-label":t.evidence,children:e.map(s=>r("li",{children:[r("blockquote",{children:r("a",{class:"quote",href:i(`/sources/${s.source.slug}`,{quote:s.quote}),children:[t.open,s.quote,t.close]})}),r("span",{class:"cite",children:[s.source.title," · ",t.reliability,t.colon,r("span",{class:`rel rel-${s.source.reliability}`,children:n(s.source.reliability)}),s.note?` · ${s.note}`:""]})]}))})}function Oe({value:e}){const{t,label:n}=z(),i=e.onlyLowReliability;return r("span",{class:`badge ${i?"badge-weak":"badge-ok"}`,title:t.corroboration,children:[t.corroboration,t.colon,t.sources(e.sourceCount),e.bestReliability?` · ${n(e.bestReliability)}`:"",i?` · ${t.unconfirmed}`:""]})}function $r({text:e}){const t=e.split(/\[\[|\]\]/);return r("span",{class:"snippet",children:t.map((n,i)=>i%2===1?r("mark",{children:n}):n)})}function Ke({value:e}){const{label:t}=z();return r("span",{class:`status status-${e}`,children:t(e)})}function fe({query:e,children:t}){const{t:n}=z();if(e.data)return Er(),r(M,{children:t(e.data)});if(e.error){const i=e.error instanceof Ye?` (${e.error.code??""})`:"";return r("p",{role:"alert",class:"error",children:[n.error,i,n.colon,e.error.message]})}return r("p",{"aria-busy":"true",children:n.loading})}function Er(){performance.getEntriesByName("lawtracker:first-render").length===0&&requestAnimationFrame(()=>{performance.getEntriesByName("lawtracker:first-render").length===0&&performance.mark("lawtracker:first-render")})}function Ir(){const{t:e}=z();return r("h1",{children:e.notFound})}class j extends String{constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}}const Cr=new j(`
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
    `,{fragmentName:"NodeLink"}),qr=new j(`
    query ActorPage($slug: ID!) {
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
        summary
        quote
        statedOn
        provisions {
          provision {
            slug
            heading
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
    `),Tr=new j(`
    query CurationChoices {
  provisions(first: 100) {
    nodes {
      slug
      heading
    }
  }
  criticisms(first: 100) {
    nodes {
      slug
      summary
      author {
        name
      }
    }
  }
  incidents(first: 100) {
    nodes {
      slug
      title
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
    `),Pr=new j(`
    query CurationSource($slug: ID!) {
  source(id: $slug) {
    slug
    title
    text
  }
}
    `),Rr=new j(`
    mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
  linkCriticism(criticism: $criticism, input: $input) {
    revision {
      id
      operation
    }
  }
}
    `),Nr=new j(`
    mutation LinkIncident($input: IncidentLinkInput!) {
  linkIncident(input: $input) {
    revision {
      id
      operation
    }
  }
}
    `),kr=new j(`
    query EditCriticism($slug: ID!) {
  criticism(id: $slug) {
    slug
    version
    stance
    rights
    summary
    quote
    statedOn
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
    `),Or=new j(`
    mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
  updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) {
    revision {
      id
    }
  }
}
    `),Lr=new j(`
    query IncidentPage($slug: ID!) {
  incident(id: $slug) {
    slug
    title
    summary
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
      display
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
        heading
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
    `),xr=new j(`
    query FacilityPage($slug: ID!) {
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
        title
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
    `),Dr=new j(`
    query CriticismPage($slug: ID!) {
  criticism(id: $slug) {
    slug
    stance
    rights
    summary
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
        heading
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
    `),Ar=new j(`
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
        title
        provision {
          slug
        }
      }
      provisions(first: 100) {
        nodes {
          slug
          article
          heading
          theme
          status
        }
      }
    }
  }
}
    `),Mr=new j(`
    query MapPage($filter: IncidentFilterInput) {
  incidentsGeojson(filter: $filter)
  provisions(first: 100) {
    nodes {
      slug
      heading
    }
  }
}
    `),Fr=new j(`
    query LawCitations {
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
        title
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
    `),Ur=new j(`
    query ProvisionCitations {
  provisions(first: 100) {
    nodes {
      slug
      heading
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
    `),Hr=new j(`
    query IncidentCitations {
  incidents(first: 100) {
    nodes {
      slug
      title
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
          heading
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
    `),Br=new j(`
    query CriticismCitations {
  criticisms(first: 100) {
    nodes {
      slug
      summary
      citations {
        quote
        source {
          slug
        }
      }
      provisions {
        provision {
          slug
          heading
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
    `),Wr=new j(`
    query ProvisionPage($slug: ID!) {
  provision(id: $slug) {
    slug
    article
    heading
    summary
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
      title
    }
    parameters {
      name
      label
      display
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
        title
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
        summary
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
    `),Gr=new j(`
    query ProvisionDiff($slug: ID!, $from: String!, $to: String!) {
  provision(id: $slug) {
    diff(from: $from, to: $to) {
      from
      to
      statusFrom
      statusTo
      measures {
        name
        from {
          label
          display
          beforeTheLaw
        }
        to {
          label
          display
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
    `),Vr=new j(`
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
}`),zr=new j(`
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
    `),jr=new j(`
    query TimelinePage($from: Date, $to: Date) {
  timeline(from: $from, to: $to, first: 100) {
    type
    date
    datePrecision
    title
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
}`),Yr={"\n  query ActorPage($slug: ID!) {\n    actor(id: $slug) {\n      slug name kind description\n      citations { quote note source { slug title reliability } }\n      criticisms(first: 100) {\n        nodes {\n          slug stance rights summary quote statedOn\n          provisions { provision { slug heading } }\n          citations { quote note source { slug title reliability } }\n        }\n      }\n    }\n  }\n":qr,"\n  query CurationChoices {\n    provisions(first: 100) { nodes { slug heading } }\n    criticisms(first: 100) { nodes { slug summary author { name } } }\n    incidents(first: 100) { nodes { slug title occurredOn } }\n    sources(first: 100) { nodes { slug title } }\n  }\n":Tr,"\n  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }\n":Pr,"\n  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {\n    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } }\n  }\n":Rr,"\n  mutation LinkIncident($input: IncidentLinkInput!) {\n    linkIncident(input: $input) { revision { id operation } }\n  }\n":Nr,"\n  query EditCriticism($slug: ID!) {\n    criticism(id: $slug) {\n      slug version stance rights summary quote statedOn\n      author { slug }\n      citations { quote note source { slug } }\n    }\n  }\n":kr,"\n  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {\n    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } }\n  }\n":Or,"\n  query IncidentPage($slug: ID!) {\n    incident(id: $slug) {\n      slug title summary occurredOn timeOfDay kinds place campaign\n      facility { slug name city }\n      investigatingBody { slug name }\n      outcomes { display name citations { quote note source { slug title reliability } } }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { relation provision { slug heading } citations { quote note source { slug title reliability } } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":Lr,"\n  query FacilityPage($slug: ID!) {\n    facility(id: $slug) {\n      slug name kind city aliases latitude longitude coordinatesNote\n      citations { quote note source { slug title reliability } }\n      incidents(first: 100) { nodes { slug title occurredOn kinds } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":xr,"\n  query CriticismPage($slug: ID!) {\n    criticism(id: $slug) {\n      slug stance rights summary quote statedOn version\n      author { slug name }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { provision { slug heading } citations { quote note source { slug title reliability } } }\n    }\n  }\n":Dr,"\n  query LawPage($lang: Language) {\n    laws(first: 1) {\n      nodes {\n        slug\n        number\n        title(lang: $lang) { text }\n        status\n        summary\n        stages { slug occurredOn kind chamber outcome description }\n        events { slug kind occurredOn title provision { slug } }\n        provisions(first: 100) { nodes { slug article heading theme status } }\n      }\n    }\n  }\n":Ar,"\n  query MapPage($filter: IncidentFilterInput) {\n    incidentsGeojson(filter: $filter)\n    provisions(first: 100) { nodes { slug heading } }\n  }\n":Mr,"\n  query LawCitations {\n    laws(first: 5) {\n      nodes {\n        slug titleFr citations { quote source { slug } }\n        stages { slug description citations { quote source { slug } } }\n        events { slug title provision { slug } citations { quote source { slug } } }\n        claims { question claims { value citations { quote source { slug } } } }\n      }\n    }\n    facilities(first: 100) { nodes { slug name citations { quote source { slug } } } }\n    actors(first: 100) { nodes { slug name citations { quote source { slug } } } }\n  }\n":Fr,"\n  query ProvisionCitations {\n    provisions(first: 100) {\n      nodes {\n        slug heading citations { quote source { slug } }\n        parameters { label citations { quote source { slug } } }\n        texts { text source { slug } }\n      }\n    }\n  }\n":Ur,"\n  query IncidentCitations {\n    incidents(first: 100) {\n      nodes {\n        slug title citations { quote source { slug } }\n        outcomes { name citations { quote source { slug } } }\n        provisions { provision { slug heading } citations { quote source { slug } } }\n      }\n    }\n  }\n":Hr,"\n  query CriticismCitations {\n    criticisms(first: 100) {\n      nodes {\n        slug summary citations { quote source { slug } }\n        provisions { provision { slug heading } citations { quote source { slug } } }\n      }\n    }\n  }\n":Br,"\n  fragment NodeLink on Node {\n    __typename\n    ... on Provision { slug }\n    ... on Incident { slug }\n    ... on Criticism { slug }\n    ... on Facility { slug }\n    ... on Actor { slug }\n    ... on Source { slug }\n    ... on Law { slug }\n  }\n":Cr,"\n  query ProvisionPage($slug: ID!) {\n    provision(id: $slug) {\n      slug article heading summary status theme version\n      law { stages { slug occurredOn description } }\n      events { slug kind occurredOn title }\n      parameters { name label display baseline stage { slug occurredOn } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      citations { quote note source { slug title reliability } }\n      incidents {\n        relation note\n        incident { slug title occurredOn facility { name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      criticisms {\n        note\n        criticism { slug stance summary rights author { slug name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      claims {\n        slug question contested\n        claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } }\n      }\n    }\n  }\n":Wr,"\n  query ProvisionDiff($slug: ID!, $from: String!, $to: String!) {\n    provision(id: $slug) {\n      diff(from: $from, to: $to) {\n        from to statusFrom statusTo\n        measures { name from { label display beforeTheLaw } to { label display beforeTheLaw } }\n        textFrom { kind text source { slug title } }\n        textTo { kind text source { slug title } }\n        text { change text }\n      }\n    }\n  }\n":Gr,"\n  query SearchPage($q: String!) {\n    search(query: $q, first: 30) {\n      totalCount\n      nodes { type slug title snippet node { id ...NodeLink } }\n    }\n  }\n":Vr,"\n  query SourcePage($slug: ID!) {\n    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }\n  }\n":zr,"\n  query TimelinePage($from: Date, $to: Date) {\n    timeline(from: $from, to: $to, first: 100) {\n      type date datePrecision title slug\n      node { id ...NodeLink }\n    }\n  }\n":jr};function Y(e){return Yr[e]??{}}function ee(e,t,n=!0){const i=JSON.stringify(t),[s,a]=ce({loading:!0}),[o,l]=ce(0);return Le(()=>{let p=!0;return a(u=>({...u,loading:!0})),Je(e,t).then(u=>p&&a({data:u,loading:!1})).catch(u=>p&&a({error:u,loading:!1})),()=>{p=!1}},[i,o]),Le(()=>{if(!n)return;let p;const u=wr(()=>{clearTimeout(p),p=setTimeout(()=>l(d=>d+1),150)});return()=>{clearTimeout(p),u()}},[n]),{...s,reload:()=>l(p=>p+1)}}const Jr=Y(`
  query LawPage($lang: Language) {
    laws(first: 1) {
      nodes {
        slug
        number
        title(lang: $lang) { text }
        status
        summary
        stages { slug occurredOn kind chamber outcome description }
        events { slug kind occurredOn title provision { slug } }
        provisions(first: 100) { nodes { slug article heading theme status } }
      }
    }
  }
`);function wt(e){const[t,n="1",i="1"]=e.split("-");return Date.UTC(Number(t),Number(n)-1,Number(i))/864e5}function Kr({items:e,label:t}){if(e.length===0)return null;const n=e.map(l=>wt(l.date)),i=Math.min(...n),s=Math.max(...n),a=1e3,o=l=>20+(l-i)/Math.max(1,s-i)*(a-40);return r("figure",{class:"axis",children:r("svg",{viewBox:`0 0 ${a} 60`,role:"img","aria-label":t,children:[r("line",{x1:"20",x2:a-20,y1:"30",y2:"30",stroke:"#333"}),e.map((l,p)=>r("circle",{cx:o(wt(l.date)),cy:l.kind==="stage"?22:38,r:"5",class:l.kind==="stage"?"dot-stage":"dot-event","data-index":p,children:r("title",{children:`${l.date} — ${l.label}`})})),r("text",{x:"20",y:"56",class:"axis-label",children:e[0]?.date}),r("text",{x:a-20,y:"56","text-anchor":"end",class:"axis-label",children:e[e.length-1]?.date})]})})}function An(){const{t:e,lang:t,label:n,href:i}=z(),s=ee(Jr,{lang:t==="en"?"EN":"FR"});return r(fe,{query:s,children:a=>{const o=a.laws.nodes[0];if(!o)return r("p",{children:e.notFound});const l=[...o.stages.map(u=>({key:u.slug,date:u.occurredOn,label:u.description,kind:"stage"})),...o.events.map(u=>({key:u.slug,date:u.occurredOn,label:u.title,kind:"event"}))].sort((u,d)=>wt(u.date)-wt(d.date)),p=new Map;for(const u of o.provisions.nodes)p.set(u.theme,[...p.get(u.theme)??[],u]);return r(M,{children:[r("h1",{children:o.title.text}),r("p",{children:[o.number?`${e.lawNumber(o.number)} · `:"",e.status,e.colon,r(Ke,{value:o.status})]}),r("p",{children:o.summary}),r("h2",{children:e.timeAxis}),r(Kr,{items:l,label:e.timeAxis}),r("p",{class:"legend",children:[r("span",{class:"key key-stage","aria-hidden":"true"})," ",e.stages," · ",r("span",{class:"key key-event","aria-hidden":"true"})," ",e.events]}),r("ol",{class:"chrono",children:l.map(u=>r("li",{class:`chrono-${u.kind}`,children:[r("time",{children:u.date})," ",r("span",{class:`tag tag-${u.kind}`,children:n(u.kind==="stage"?"LEGISLATIVE_STAGE":"LIFECYCLE_EVENT")})," ",u.label]}))}),r("h2",{children:e.articlesByTheme}),[...p.entries()].map(([u,d])=>r("section",{class:"theme",children:[r("h3",{children:n(u)}),r("ul",{children:d.map(h=>r("li",{children:[r("a",{href:i(`/provisions/${h.slug}`),children:[h.article?`${h.article} — `:"",h.heading]})," ",r(Ke,{value:h.status})]}))})]}))]})}})}function _n({claims:e}){const{t}=z();return e.length===0?null:r("section",{children:[r("h2",{children:t.claims}),e.map(n=>r("div",{class:"claim-question",children:[r("h3",{children:[n.question," ",n.contested&&r("span",{class:"badge badge-weak",children:t.contested})]}),r("div",{class:"side-by-side",children:n.claims.map(i=>r("div",{class:"claim",children:[r("p",{class:"claim-value",children:i.value}),r(Oe,{value:i.corroboration}),r(de,{citations:i.citations})]}))})]}))]})}const Qr=Y(`
  query ProvisionPage($slug: ID!) {
    provision(id: $slug) {
      slug article heading summary status theme version
      law { stages { slug occurredOn description } }
      events { slug kind occurredOn title }
      parameters { name label display baseline stage { slug occurredOn } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      citations { quote note source { slug title reliability } }
      incidents {
        relation note
        incident { slug title occurredOn facility { name } }
        citations { quote note source { slug title reliability } }
        corroboration { sourceCount bestReliability onlyLowReliability }
      }
      criticisms {
        note
        criticism { slug stance summary rights author { slug name } }
        citations { quote note source { slug title reliability } }
        corroboration { sourceCount bestReliability onlyLowReliability }
      }
      claims {
        slug question contested
        claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } }
      }
    }
  }
`),Xr=Y(`
  query ProvisionDiff($slug: ID!, $from: String!, $to: String!) {
    provision(id: $slug) {
      diff(from: $from, to: $to) {
        from to statusFrom statusTo
        measures { name from { label display beforeTheLaw } to { label display beforeTheLaw } }
        textFrom { kind text source { slug title } }
        textTo { kind text source { slug title } }
        text { change text }
      }
    }
  }
`);function Zr(e){const t=new Date(`${e.length===10?e:`${e}-01`.slice(0,10)}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()-1),t.toISOString().slice(0,10)}function eo({parameters:e,stages:t}){const{t:n}=z();if(e.length===0)return null;const i=[...new Set(e.map(a=>a.name))],s=t.filter(a=>e.some(o=>o.stage?.slug===a.slug));return r("table",{class:"parameters",children:[r("caption",{children:n.parameters}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:n.measure}),r("th",{scope:"col",children:n.beforeTheLaw}),s.map(a=>r("th",{scope:"col",children:[r("time",{children:a.occurredOn}),r("br",{}),a.slug]}))]})}),r("tbody",{children:i.map(a=>{const o=e.filter(l=>l.name===a);return r("tr",{children:[r("th",{scope:"row",children:o[0].label}),r("td",{children:o.find(l=>l.baseline)?.baseline??""}),s.map(l=>r("td",{children:o.filter(p=>p.stage?.slug===l.slug).map(p=>p.display).join(" · ")}))]})})})]})}function to({slug:e,from:t,to:n}){const{t:i}=z(),s=ee(Xr,{slug:e,from:t,to:n});return r(fe,{query:s,children:a=>{const o=a.provision?.diff;return o?r("div",{class:"diff","aria-live":"polite",children:[r("p",{children:[o.from," → ",o.to," · ",i.status,i.colon,o.statusFrom?r(Ke,{value:o.statusFrom}):"—"," → ",o.statusTo?r(Ke,{value:o.statusTo}):"—"]}),r("h3",{children:i.measures}),o.measures.length===0?r("p",{children:i.noMeasureChange}):r("table",{class:"measures",children:[r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:i.measure}),r("th",{scope:"col",children:o.from}),r("th",{scope:"col",children:o.to})]})}),r("tbody",{children:o.measures.map(l=>r("tr",{class:"measure-change","data-name":l.name,children:[r("th",{scope:"row",children:l.from?.label??l.to?.label??l.name}),r("td",{class:"measure-from",children:r("del",{children:l.from?.display??"—"})}),r("td",{class:"measure-to",children:r("ins",{children:l.to?.display??"—"})})]}))})]}),r("h3",{children:i.text}),o.text.length===0?r("p",{children:i.noText}):r(M,{children:[[o.textFrom,o.textTo].some(l=>l?.kind==="SOURCE_ACCOUNT")&&r("p",{class:"note",children:i.sourceAccount}),r("p",{class:"text-diff",children:o.text.map(l=>l.change==="DELETED"?r("del",{children:l.text}):l.change==="INSERTED"?r("ins",{children:l.text}):r("span",{children:l.text}))})]})]}):null}})}function no({slug:e}){const{t,label:n,href:i}=z(),{query:s,path:a,route:o}=Se(),l=ee(Qr,{slug:e});return r(fe,{query:l,children:p=>{const u=p.provision;if(!u)return r("h1",{children:t.notFound});const d=u.law.stages,h=d[0]?Zr(d[0].occurredOn):"2000-01-01",c=s.from||h,f=s.to||(d.find(m=>m.slug==="promulgation")??d[d.length-1])?.slug||h,g=m=>{m.preventDefault();const y=new FormData(m.currentTarget),w=new URLSearchParams(s);w.set("from",String(y.get("from"))),w.set("to",String(y.get("to"))),o(`${a}?${w}`)};return r(M,{children:[r("h1",{children:[u.article?`${u.article} — `:"",u.heading]}),r("p",{children:[t.status,t.colon,r(Ke,{value:u.status})," · ",n(u.theme)," · ",r(Oe,{value:u.corroboration})]}),r("p",{children:u.summary}),r(de,{citations:u.citations}),u.events.length>0&&r(M,{children:[r("h2",{children:t.events}),r("ul",{children:u.events.map(m=>r("li",{children:[r("time",{children:m.occurredOn})," ",m.title]}))})]}),r(eo,{parameters:u.parameters,stages:d}),r("h2",{children:t.diff}),r("form",{class:"diff-form",onSubmit:g,children:[r("datalist",{id:"moments",children:[r("option",{value:h,children:t.beforeTheLaw}),d.map(m=>r("option",{value:m.slug,children:[m.occurredOn," — ",m.description]}))]}),r("label",{children:[t.diffFrom," ",r("input",{name:"from",list:"moments",defaultValue:c,"aria-describedby":"diff-help"})]}),r("label",{children:[t.diffTo," ",r("input",{name:"to",list:"moments",defaultValue:f,"aria-describedby":"diff-help"})]}),r("button",{type:"submit",children:t.diff}),r("small",{id:"diff-help",children:t.diffHelp})]},`${c}|${f}`),r(to,{slug:u.slug,from:c,to:f}),r("h2",{children:t.incidents}),u.incidents.length===0?r("p",{children:t.none}):r("ul",{class:"links",children:u.incidents.map(m=>r("li",{children:[r("a",{href:i(`/incidents/${m.incident.slug}`),children:m.incident.title})," (",m.incident.occurredOn,m.incident.facility?`, ${m.incident.facility.name}`:"",") · ",n(m.relation)," · ",r(Oe,{value:m.corroboration}),m.note&&r("p",{class:"note",children:m.note}),r(de,{citations:m.citations})]}))}),r("h2",{children:t.criticisms}),u.criticisms.length===0?r("p",{children:t.none}):r("ul",{class:"links criticisms",children:u.criticisms.map(m=>r("li",{"data-slug":m.criticism.slug,children:[r("a",{href:i(`/actors/${m.criticism.author.slug}`),children:m.criticism.author.name})," · ",n(m.criticism.stance)," ·"," ",r("a",{href:i(`/criticisms/${m.criticism.slug}`),children:m.criticism.summary})," · ",r(Oe,{value:m.corroboration}),r(de,{citations:m.citations})]}))}),r(_n,{claims:u.claims})]})}})}function mt(e,t){return e==null||t==null?NaN:e<t?-1:e>t?1:e>=t?0:NaN}function io(e,t){return e==null||t==null?NaN:t<e?-1:t>e?1:t>=e?0:NaN}function Ci(e){let t,n,i;e.length!==2?(t=mt,n=(l,p)=>mt(e(l),p),i=(l,p)=>e(l)-p):(t=e===mt||e===io?e:ro,n=e,i=e);function s(l,p,u=0,d=l.length){if(u<d){if(t(p,p)!==0)return d;do{const h=u+d>>>1;n(l[h],p)<0?u=h+1:d=h}while(u<d)}return u}function a(l,p,u=0,d=l.length){if(u<d){if(t(p,p)!==0)return d;do{const h=u+d>>>1;n(l[h],p)<=0?u=h+1:d=h}while(u<d)}return u}function o(l,p,u=0,d=l.length){const h=s(l,p,u,d-1);return h>u&&i(l[h-1],p)>-i(l[h],p)?h-1:h}return{left:s,center:o,right:a}}function ro(){return 0}function oo(e){return e===null?NaN:+e}Ci(mt);Ci(oo).center;class Te{constructor(){this._partials=new Float64Array(32),this._n=0}add(t){const n=this._partials;let i=0;for(let s=0;s<this._n&&s<32;s++){const a=n[s],o=t+a,l=Math.abs(t)<Math.abs(a)?t-(o-a):a-(o-t);l&&(n[i++]=l),t=o}return n[i]=t,this._n=i+1,this}valueOf(){const t=this._partials;let n=this._n,i,s,a,o=0;if(n>0){for(o=t[--n];n>0&&(i=o,s=t[--n],o=i+s,a=s-(o-i),!a););n>0&&(a<0&&t[n-1]<0||a>0&&t[n-1]>0)&&(s=a*2,i=o+s,s==i-o&&(o=i))}return o}}function*so(e){for(const t of e)yield*t}function qi(e){return Array.from(so(e))}var A=1e-6,x=Math.PI,K=x/2,Mn=x/4,pe=x*2,ge=180/x,te=x/180,W=Math.abs,yn=Math.atan,xe=Math.atan2,B=Math.cos,ao=Math.exp,jt=Math.log,Dt=Math.pow,V=Math.sin,Ue=Math.sign||function(e){return e>0?1:e<0?-1:0},$e=Math.sqrt,Ti=Math.tan;function lo(e){return e>1?0:e<-1?x:Math.acos(e)}function Qe(e){return e>1?K:e<-1?-K:Math.asin(e)}function ue(){}function $t(e,t){e&&Un.hasOwnProperty(e.type)&&Un[e.type](e,t)}var Fn={Feature:function(e,t){$t(e.geometry,t)},FeatureCollection:function(e,t){for(var n=e.features,i=-1,s=n.length;++i<s;)$t(n[i].geometry,t)}},Un={Sphere:function(e,t){t.sphere()},Point:function(e,t){e=e.coordinates,t.point(e[0],e[1],e[2])},MultiPoint:function(e,t){for(var n=e.coordinates,i=-1,s=n.length;++i<s;)e=n[i],t.point(e[0],e[1],e[2])},LineString:function(e,t){Yt(e.coordinates,t,0)},MultiLineString:function(e,t){for(var n=e.coordinates,i=-1,s=n.length;++i<s;)Yt(n[i],t,0)},Polygon:function(e,t){Hn(e.coordinates,t)},MultiPolygon:function(e,t){for(var n=e.coordinates,i=-1,s=n.length;++i<s;)Hn(n[i],t)},GeometryCollection:function(e,t){for(var n=e.geometries,i=-1,s=n.length;++i<s;)$t(n[i],t)}};function Yt(e,t,n){var i=-1,s=e.length-n,a;for(t.lineStart();++i<s;)a=e[i],t.point(a[0],a[1],a[2]);t.lineEnd()}function Hn(e,t){var n=-1,i=e.length;for(t.polygonStart();++n<i;)Yt(e[n],t,1);t.polygonEnd()}function Ne(e,t){e&&Fn.hasOwnProperty(e.type)?Fn[e.type](e,t):$t(e,t)}function Jt(e){return[xe(e[1],e[0]),Qe(e[2])]}function De(e){var t=e[0],n=e[1],i=B(n);return[i*B(t),i*V(t),V(n)]}function lt(e,t){return e[0]*t[0]+e[1]*t[1]+e[2]*t[2]}function Et(e,t){return[e[1]*t[2]-e[2]*t[1],e[2]*t[0]-e[0]*t[2],e[0]*t[1]-e[1]*t[0]]}function At(e,t){e[0]+=t[0],e[1]+=t[1],e[2]+=t[2]}function ct(e,t){return[e[0]*t,e[1]*t,e[2]*t]}function Kt(e){var t=$e(e[0]*e[0]+e[1]*e[1]+e[2]*e[2]);e[0]/=t,e[1]/=t,e[2]/=t}function Qt(e,t){function n(i,s){return i=e(i,s),t(i[0],i[1])}return e.invert&&t.invert&&(n.invert=function(i,s){return i=t.invert(i,s),i&&e.invert(i[0],i[1])}),n}function Xt(e,t){return W(e)>x&&(e-=Math.round(e/pe)*pe),[e,t]}Xt.invert=Xt;function co(e,t,n){return(e%=pe)?t||n?Qt(Wn(e),Gn(t,n)):Wn(e):t||n?Gn(t,n):Xt}function Bn(e){return function(t,n){return t+=e,W(t)>x&&(t-=Math.round(t/pe)*pe),[t,n]}}function Wn(e){var t=Bn(e);return t.invert=Bn(-e),t}function Gn(e,t){var n=B(e),i=V(e),s=B(t),a=V(t);function o(l,p){var u=B(p),d=B(l)*u,h=V(l)*u,c=V(p),f=c*n+d*i;return[xe(h*s-f*a,d*n-c*i),Qe(f*s+h*a)]}return o.invert=function(l,p){var u=B(p),d=B(l)*u,h=V(l)*u,c=V(p),f=c*s-h*a;return[xe(h*s+c*a,d*n+f*i),Qe(f*n-d*i)]},o}function uo(e,t,n,i,s,a){if(n){var o=B(t),l=V(t),p=i*n;s==null?(s=t+i*pe,a=t-p/2):(s=Vn(o,s),a=Vn(o,a),(i>0?s<a:s>a)&&(s+=i*pe));for(var u,d=s;i>0?d>a:d<a;d-=p)u=Jt([o,-l*B(d),-l*V(d)]),e.point(u[0],u[1])}}function Vn(e,t){t=De(t),t[0]-=e,Kt(t);var n=lo(-t[1]);return((-t[2]<0?-n:n)+pe-A)%pe}function Pi(){var e=[],t;return{point:function(n,i,s){t.push([n,i,s])},lineStart:function(){e.push(t=[])},lineEnd:ue,rejoin:function(){e.length>1&&e.push(e.pop().concat(e.shift()))},result:function(){var n=e;return e=[],t=null,n}}}function _t(e,t){return W(e[0]-t[0])<A&&W(e[1]-t[1])<A}function ut(e,t,n,i){this.x=e,this.z=t,this.o=n,this.e=i,this.v=!1,this.n=this.p=null}function Ri(e,t,n,i,s){var a=[],o=[],l,p;if(e.forEach(function(g){if(!((m=g.length-1)<=0)){var m,y=g[0],w=g[m],b;if(_t(y,w)){if(!y[2]&&!w[2]){for(s.lineStart(),l=0;l<m;++l)s.point((y=g[l])[0],y[1]);s.lineEnd();return}w[0]+=2*A}a.push(b=new ut(y,g,null,!0)),o.push(b.o=new ut(y,null,b,!1)),a.push(b=new ut(w,g,null,!1)),o.push(b.o=new ut(w,null,b,!0))}}),!!a.length){for(o.sort(t),zn(a),zn(o),l=0,p=o.length;l<p;++l)o[l].e=n=!n;for(var u=a[0],d,h;;){for(var c=u,f=!0;c.v;)if((c=c.n)===u)return;d=c.z,s.lineStart();do{if(c.v=c.o.v=!0,c.e){if(f)for(l=0,p=d.length;l<p;++l)s.point((h=d[l])[0],h[1]);else i(c.x,c.n.x,1,s);c=c.n}else{if(f)for(d=c.p.z,l=d.length-1;l>=0;--l)s.point((h=d[l])[0],h[1]);else i(c.x,c.p.x,-1,s);c=c.p}c=c.o,d=c.z,f=!f}while(!c.v);s.lineEnd()}}}function zn(e){if(t=e.length){for(var t,n=0,i=e[0],s;++n<t;)i.n=s=e[n],s.p=i,i=s;i.n=s=e[0],s.p=i}}function Mt(e){return W(e[0])<=x?e[0]:Ue(e[0])*((W(e[0])+x)%pe-x)}function po(e,t){var n=Mt(t),i=t[1],s=V(i),a=[V(n),-B(n),0],o=0,l=0,p=new Te;s===1?i=K+A:s===-1&&(i=-K-A);for(var u=0,d=e.length;u<d;++u)if(c=(h=e[u]).length)for(var h,c,f=h[c-1],g=Mt(f),m=f[1]/2+Mn,y=V(m),w=B(m),b=0;b<c;++b,g=v,y=C,w=k,f=S){var S=h[b],v=Mt(S),E=S[1]/2+Mn,C=V(E),k=B(E),R=v-g,q=R>=0?1:-1,N=q*R,T=N>x,X=y*C;if(p.add(xe(X*q*V(N),w*k+X*B(N))),o+=T?R+q*pe:R,T^g>=n^v>=n){var U=Et(De(f),De(S));Kt(U);var I=Et(a,U);Kt(I);var _=(T^R>=0?-1:1)*Qe(I[2]);(i>_||i===_&&(U[0]||U[1]))&&(l+=T^R>=0?1:-1)}}return(o<-A||o<A&&p<-1e-12)^l&1}function Ni(e,t,n,i){return function(s){var a=t(s),o=Pi(),l=t(o),p=!1,u,d,h,c={point:f,lineStart:m,lineEnd:y,polygonStart:function(){c.point=w,c.lineStart=b,c.lineEnd=S,d=[],u=[]},polygonEnd:function(){c.point=f,c.lineStart=m,c.lineEnd=y,d=qi(d);var v=po(u,i);d.length?(p||(s.polygonStart(),p=!0),Ri(d,ho,v,n,s)):v&&(p||(s.polygonStart(),p=!0),s.lineStart(),n(null,null,1,s),s.lineEnd()),p&&(s.polygonEnd(),p=!1),d=u=null},sphere:function(){s.polygonStart(),s.lineStart(),n(null,null,1,s),s.lineEnd(),s.polygonEnd()}};function f(v,E){e(v,E)&&s.point(v,E)}function g(v,E){a.point(v,E)}function m(){c.point=g,a.lineStart()}function y(){c.point=f,a.lineEnd()}function w(v,E){h.push([v,E]),l.point(v,E)}function b(){l.lineStart(),h=[]}function S(){w(h[0][0],h[0][1]),l.lineEnd();var v=l.clean(),E=o.result(),C,k=E.length,R,q,N;if(h.pop(),u.push(h),h=null,!!k){if(v&1){if(q=E[0],(R=q.length-1)>0){for(p||(s.polygonStart(),p=!0),s.lineStart(),C=0;C<R;++C)s.point((N=q[C])[0],N[1]);s.lineEnd()}return}k>1&&v&2&&E.push(E.pop().concat(E.shift())),d.push(E.filter(fo))}}return c}}function fo(e){return e.length>1}function ho(e,t){return((e=e.x)[0]<0?e[1]-K-A:K-e[1])-((t=t.x)[0]<0?t[1]-K-A:K-t[1])}var jn=Ni(function(){return!0},go,_o,[-x,-K]);function go(e){var t=NaN,n=NaN,i=NaN,s;return{lineStart:function(){e.lineStart(),s=1},point:function(a,o){var l=a>0?x:-x,p=W(a-t);W(p-x)<A?(e.point(t,n=(n+o)/2>0?K:-K),e.point(i,n),e.lineEnd(),e.lineStart(),e.point(l,n),e.point(a,n),s=0):i!==l&&p>=x&&(W(t-i)<A&&(t-=i*A),W(a-l)<A&&(a-=l*A),n=mo(t,n,a,o),e.point(i,n),e.lineEnd(),e.lineStart(),e.point(l,n),s=0),e.point(t=a,n=o),i=l},lineEnd:function(){e.lineEnd(),t=n=NaN},clean:function(){return 2-s}}}function mo(e,t,n,i){var s,a,o=V(e-n);return W(o)>A?yn((V(t)*(a=B(i))*V(n)-V(i)*(s=B(t))*V(e))/(s*a*o)):(t+i)/2}function _o(e,t,n,i){var s;if(e==null)s=n*K,i.point(-x,s),i.point(0,s),i.point(x,s),i.point(x,0),i.point(x,-s),i.point(0,-s),i.point(-x,-s),i.point(-x,0),i.point(-x,s);else if(W(e[0]-t[0])>A){var a=e[0]<t[0]?x:-x;s=n*a/2,i.point(-a,s),i.point(0,s),i.point(a,s)}else i.point(t[0],t[1])}function yo(e){var t=B(e),n=2*te,i=t>0,s=W(t)>A;function a(d,h,c,f){uo(f,e,n,c,d,h)}function o(d,h){return B(d)*B(h)>t}function l(d){var h,c,f,g,m;return{lineStart:function(){g=f=!1,m=1},point:function(y,w){var b=[y,w],S,v=o(y,w),E=i?v?0:u(y,w):v?u(y+(y<0?x:-x),w):0;if(!h&&(g=f=v)&&d.lineStart(),v!==f&&(S=p(h,b),(!S||_t(h,S)||_t(b,S))&&(b[2]=1)),v!==f)m=0,v?(d.lineStart(),S=p(b,h),d.point(S[0],S[1])):(S=p(h,b),d.point(S[0],S[1],2),d.lineEnd()),h=S;else if(s&&h&&i^v){var C;!(E&c)&&(C=p(b,h,!0))&&(m=0,i?(d.lineStart(),d.point(C[0][0],C[0][1]),d.point(C[1][0],C[1][1]),d.lineEnd()):(d.point(C[1][0],C[1][1]),d.lineEnd(),d.lineStart(),d.point(C[0][0],C[0][1],3)))}v&&(!h||!_t(h,b))&&d.point(b[0],b[1]),h=b,f=v,c=E},lineEnd:function(){f&&d.lineEnd(),h=null},clean:function(){return m|(g&&f)<<1}}}function p(d,h,c){var f=De(d),g=De(h),m=[1,0,0],y=Et(f,g),w=lt(y,y),b=y[0],S=w-b*b;if(!S)return!c&&d;var v=t*w/S,E=-t*b/S,C=Et(m,y),k=ct(m,v),R=ct(y,E);At(k,R);var q=C,N=lt(k,q),T=lt(q,q),X=N*N-T*(lt(k,k)-1);if(!(X<0)){var U=$e(X),I=ct(q,(-N-U)/T);if(At(I,k),I=Jt(I),!c)return I;var _=d[0],$=h[0],P=d[1],L=h[1],D;$<_&&(D=_,_=$,$=D);var O=$-_,Q=W(O-x)<A,ne=Q||O<A;if(!Q&&L<P&&(D=P,P=L,L=D),ne?Q?P+L>0^I[1]<(W(I[0]-_)<A?P:L):P<=I[1]&&I[1]<=L:O>x^(_<=I[0]&&I[0]<=$)){var ie=ct(q,(-N+U)/T);return At(ie,k),[I,Jt(ie)]}}}function u(d,h){var c=i?e:x-e,f=0;return d<-c?f|=1:d>c&&(f|=2),h<-c?f|=4:h>c&&(f|=8),f}return Ni(o,l,a,i?[0,-e]:[-x,e-x])}function vo(e,t,n,i,s,a){var o=e[0],l=e[1],p=t[0],u=t[1],d=0,h=1,c=p-o,f=u-l,g;if(g=n-o,!(!c&&g>0)){if(g/=c,c<0){if(g<d)return;g<h&&(h=g)}else if(c>0){if(g>h)return;g>d&&(d=g)}if(g=s-o,!(!c&&g<0)){if(g/=c,c<0){if(g>h)return;g>d&&(d=g)}else if(c>0){if(g<d)return;g<h&&(h=g)}if(g=i-l,!(!f&&g>0)){if(g/=f,f<0){if(g<d)return;g<h&&(h=g)}else if(f>0){if(g>h)return;g>d&&(d=g)}if(g=a-l,!(!f&&g<0)){if(g/=f,f<0){if(g>h)return;g>d&&(d=g)}else if(f>0){if(g<d)return;g<h&&(h=g)}return d>0&&(e[0]=o+d*c,e[1]=l+d*f),h<1&&(t[0]=o+h*c,t[1]=l+h*f),!0}}}}}var He=1e9,dt=-He;function bo(e,t,n,i){function s(u,d){return e<=u&&u<=n&&t<=d&&d<=i}function a(u,d,h,c){var f=0,g=0;if(u==null||(f=o(u,h))!==(g=o(d,h))||p(u,d)<0^h>0)do c.point(f===0||f===3?e:n,f>1?i:t);while((f=(f+h+4)%4)!==g);else c.point(d[0],d[1])}function o(u,d){return W(u[0]-e)<A?d>0?0:3:W(u[0]-n)<A?d>0?2:1:W(u[1]-t)<A?d>0?1:0:d>0?3:2}function l(u,d){return p(u.x,d.x)}function p(u,d){var h=o(u,1),c=o(d,1);return h!==c?h-c:h===0?d[1]-u[1]:h===1?u[0]-d[0]:h===2?u[1]-d[1]:d[0]-u[0]}return function(u){var d=u,h=Pi(),c,f,g,m,y,w,b,S,v,E,C,k={point:R,lineStart:X,lineEnd:U,polygonStart:N,polygonEnd:T};function R(_,$){s(_,$)&&d.point(_,$)}function q(){for(var _=0,$=0,P=f.length;$<P;++$)for(var L=f[$],D=1,O=L.length,Q=L[0],ne,ie,he=Q[0],G=Q[1];D<O;++D)ne=he,ie=G,Q=L[D],he=Q[0],G=Q[1],ie<=i?G>i&&(he-ne)*(i-ie)>(G-ie)*(e-ne)&&++_:G<=i&&(he-ne)*(i-ie)<(G-ie)*(e-ne)&&--_;return _}function N(){d=h,c=[],f=[],C=!0}function T(){var _=q(),$=C&&_,P=(c=qi(c)).length;($||P)&&(u.polygonStart(),$&&(u.lineStart(),a(null,null,1,u),u.lineEnd()),P&&Ri(c,l,_,a,u),u.polygonEnd()),d=u,c=f=g=null}function X(){k.point=I,f&&f.push(g=[]),E=!0,v=!1,b=S=NaN}function U(){c&&(I(m,y),w&&v&&h.rejoin(),c.push(h.result())),k.point=R,v&&d.lineEnd()}function I(_,$){var P=s(_,$);if(f&&g.push([_,$]),E)m=_,y=$,w=P,E=!1,P&&(d.lineStart(),d.point(_,$));else if(P&&v)d.point(_,$);else{var L=[b=Math.max(dt,Math.min(He,b)),S=Math.max(dt,Math.min(He,S))],D=[_=Math.max(dt,Math.min(He,_)),$=Math.max(dt,Math.min(He,$))];vo(L,D,e,t,n,i)?(v||(d.lineStart(),d.point(L[0],L[1])),d.point(D[0],D[1]),P||d.lineEnd(),C=!1):P&&(d.lineStart(),d.point(_,$),C=!1)}b=_,S=$,v=P}return k}}var Zt=e=>e,Ft=new Te,en=new Te,ki,Oi,tn,nn,be={point:ue,lineStart:ue,lineEnd:ue,polygonStart:function(){be.lineStart=So,be.lineEnd=$o},polygonEnd:function(){be.lineStart=be.lineEnd=be.point=ue,Ft.add(W(en)),en=new Te},result:function(){var e=Ft/2;return Ft=new Te,e}};function So(){be.point=wo}function wo(e,t){be.point=Li,ki=tn=e,Oi=nn=t}function Li(e,t){en.add(nn*e-tn*t),tn=e,nn=t}function $o(){Li(ki,Oi)}var Ae=1/0,It=Ae,Xe=-Ae,Ct=Xe,qt={point:Eo,lineStart:ue,lineEnd:ue,polygonStart:ue,polygonEnd:ue,result:function(){var e=[[Ae,It],[Xe,Ct]];return Xe=Ct=-(It=Ae=1/0),e}};function Eo(e,t){e<Ae&&(Ae=e),e>Xe&&(Xe=e),t<It&&(It=t),t>Ct&&(Ct=t)}var rn=0,on=0,Be=0,Tt=0,Pt=0,ke=0,sn=0,an=0,We=0,xi,Di,_e,ye,le={point:Pe,lineStart:Yn,lineEnd:Jn,polygonStart:function(){le.lineStart=qo,le.lineEnd=To},polygonEnd:function(){le.point=Pe,le.lineStart=Yn,le.lineEnd=Jn},result:function(){var e=We?[sn/We,an/We]:ke?[Tt/ke,Pt/ke]:Be?[rn/Be,on/Be]:[NaN,NaN];return rn=on=Be=Tt=Pt=ke=sn=an=We=0,e}};function Pe(e,t){rn+=e,on+=t,++Be}function Yn(){le.point=Io}function Io(e,t){le.point=Co,Pe(_e=e,ye=t)}function Co(e,t){var n=e-_e,i=t-ye,s=$e(n*n+i*i);Tt+=s*(_e+e)/2,Pt+=s*(ye+t)/2,ke+=s,Pe(_e=e,ye=t)}function Jn(){le.point=Pe}function qo(){le.point=Po}function To(){Ai(xi,Di)}function Po(e,t){le.point=Ai,Pe(xi=_e=e,Di=ye=t)}function Ai(e,t){var n=e-_e,i=t-ye,s=$e(n*n+i*i);Tt+=s*(_e+e)/2,Pt+=s*(ye+t)/2,ke+=s,s=ye*e-_e*t,sn+=s*(_e+e),an+=s*(ye+t),We+=s*3,Pe(_e=e,ye=t)}function Mi(e){this._context=e}Mi.prototype={_radius:4.5,pointRadius:function(e){return this._radius=e,this},polygonStart:function(){this._line=0},polygonEnd:function(){this._line=NaN},lineStart:function(){this._point=0},lineEnd:function(){this._line===0&&this._context.closePath(),this._point=NaN},point:function(e,t){switch(this._point){case 0:{this._context.moveTo(e,t),this._point=1;break}case 1:{this._context.lineTo(e,t);break}default:{this._context.moveTo(e+this._radius,t),this._context.arc(e,t,this._radius,0,pe);break}}},result:ue};var ln=new Te,Ut,Fi,Ui,Ge,Ve,Ze={point:ue,lineStart:function(){Ze.point=Ro},lineEnd:function(){Ut&&Hi(Fi,Ui),Ze.point=ue},polygonStart:function(){Ut=!0},polygonEnd:function(){Ut=null},result:function(){var e=+ln;return ln=new Te,e}};function Ro(e,t){Ze.point=Hi,Fi=Ge=e,Ui=Ve=t}function Hi(e,t){Ge-=e,Ve-=t,ln.add($e(Ge*Ge+Ve*Ve)),Ge=e,Ve=t}let Kn,Rt,Qn,Xn;class Zn{constructor(t){this._append=t==null?Bi:No(t),this._radius=4.5,this._=""}pointRadius(t){return this._radius=+t,this}polygonStart(){this._line=0}polygonEnd(){this._line=NaN}lineStart(){this._point=0}lineEnd(){this._line===0&&(this._+="Z"),this._point=NaN}point(t,n){switch(this._point){case 0:{this._append`M${t},${n}`,this._point=1;break}case 1:{this._append`L${t},${n}`;break}default:{if(this._append`M${t},${n}`,this._radius!==Qn||this._append!==Rt){const i=this._radius,s=this._;this._="",this._append`m0,${i}a${i},${i} 0 1,1 0,${-2*i}a${i},${i} 0 1,1 0,${2*i}z`,Qn=i,Rt=this._append,Xn=this._,this._=s}this._+=Xn;break}}}result(){const t=this._;return this._="",t.length?t:null}}function Bi(e){let t=1;this._+=e[0];for(const n=e.length;t<n;++t)this._+=arguments[t]+e[t]}function No(e){const t=Math.floor(e);if(!(t>=0))throw new RangeError(`invalid digits: ${e}`);if(t>15)return Bi;if(t!==Kn){const n=10**t;Kn=t,Rt=function(s){let a=1;this._+=s[0];for(const o=s.length;a<o;++a)this._+=Math.round(arguments[a]*n)/n+s[a]}}return Rt}function ko(e,t){let n=3,i=4.5,s,a;function o(l){return l&&(typeof i=="function"&&a.pointRadius(+i.apply(this,arguments)),Ne(l,s(a))),a.result()}return o.area=function(l){return Ne(l,s(be)),be.result()},o.measure=function(l){return Ne(l,s(Ze)),Ze.result()},o.bounds=function(l){return Ne(l,s(qt)),qt.result()},o.centroid=function(l){return Ne(l,s(le)),le.result()},o.projection=function(l){return arguments.length?(s=l==null?(e=null,Zt):(e=l).stream,o):e},o.context=function(l){return arguments.length?(a=l==null?(t=null,new Zn(n)):new Mi(t=l),typeof i!="function"&&a.pointRadius(i),o):t},o.pointRadius=function(l){return arguments.length?(i=typeof l=="function"?l:(a.pointRadius(+l),+l),o):i},o.digits=function(l){if(!arguments.length)return n;if(l==null)n=null;else{const p=Math.floor(l);if(!(p>=0))throw new RangeError(`invalid digits: ${l}`);n=p}return t===null&&(a=new Zn(n)),o},o.projection(e).digits(n).context(t)}function vn(e){return function(t){var n=new cn;for(var i in e)n[i]=e[i];return n.stream=t,n}}function cn(){}cn.prototype={constructor:cn,point:function(e,t){this.stream.point(e,t)},sphere:function(){this.stream.sphere()},lineStart:function(){this.stream.lineStart()},lineEnd:function(){this.stream.lineEnd()},polygonStart:function(){this.stream.polygonStart()},polygonEnd:function(){this.stream.polygonEnd()}};function bn(e,t,n){var i=e.clipExtent&&e.clipExtent();return e.scale(150).translate([0,0]),i!=null&&e.clipExtent(null),Ne(n,e.stream(qt)),t(qt.result()),i!=null&&e.clipExtent(i),e}function Wi(e,t,n){return bn(e,function(i){var s=t[1][0]-t[0][0],a=t[1][1]-t[0][1],o=Math.min(s/(i[1][0]-i[0][0]),a/(i[1][1]-i[0][1])),l=+t[0][0]+(s-o*(i[1][0]+i[0][0]))/2,p=+t[0][1]+(a-o*(i[1][1]+i[0][1]))/2;e.scale(150*o).translate([l,p])},n)}function Oo(e,t,n){return Wi(e,[[0,0],t],n)}function Lo(e,t,n){return bn(e,function(i){var s=+t,a=s/(i[1][0]-i[0][0]),o=(s-a*(i[1][0]+i[0][0]))/2,l=-a*i[0][1];e.scale(150*a).translate([o,l])},n)}function xo(e,t,n){return bn(e,function(i){var s=+t,a=s/(i[1][1]-i[0][1]),o=-a*i[0][0],l=(s-a*(i[1][1]+i[0][1]))/2;e.scale(150*a).translate([o,l])},n)}var ei=16,Do=B(30*te);function ti(e,t){return+t?Mo(e,t):Ao(e)}function Ao(e){return vn({point:function(t,n){t=e(t,n),this.stream.point(t[0],t[1])}})}function Mo(e,t){function n(i,s,a,o,l,p,u,d,h,c,f,g,m,y){var w=u-i,b=d-s,S=w*w+b*b;if(S>4*t&&m--){var v=o+c,E=l+f,C=p+g,k=$e(v*v+E*E+C*C),R=Qe(C/=k),q=W(W(C)-1)<A||W(a-h)<A?(a+h)/2:xe(E,v),N=e(q,R),T=N[0],X=N[1],U=T-i,I=X-s,_=b*U-w*I;(_*_/S>t||W((w*U+b*I)/S-.5)>.3||o*c+l*f+p*g<Do)&&(n(i,s,a,o,l,p,T,X,q,v/=k,E/=k,C,m,y),y.point(T,X),n(T,X,q,v,E,C,u,d,h,c,f,g,m,y))}}return function(i){var s,a,o,l,p,u,d,h,c,f,g,m,y={point:w,lineStart:b,lineEnd:v,polygonStart:function(){i.polygonStart(),y.lineStart=E},polygonEnd:function(){i.polygonEnd(),y.lineStart=b}};function w(R,q){R=e(R,q),i.point(R[0],R[1])}function b(){h=NaN,y.point=S,i.lineStart()}function S(R,q){var N=De([R,q]),T=e(R,q);n(h,c,d,f,g,m,h=T[0],c=T[1],d=R,f=N[0],g=N[1],m=N[2],ei,i),i.point(h,c)}function v(){y.point=w,i.lineEnd()}function E(){b(),y.point=C,y.lineEnd=k}function C(R,q){S(s=R,q),a=h,o=c,l=f,p=g,u=m,y.point=S}function k(){n(h,c,d,f,g,m,a,o,s,l,p,u,ei,i),y.lineEnd=v,v()}return y}}var Fo=vn({point:function(e,t){this.stream.point(e*te,t*te)}});function Uo(e){return vn({point:function(t,n){var i=e(t,n);return this.stream.point(i[0],i[1])}})}function Ho(e,t,n,i,s){function a(o,l){return o*=i,l*=s,[t+e*o,n-e*l]}return a.invert=function(o,l){return[(o-t)/e*i,(n-l)/e*s]},a}function ni(e,t,n,i,s,a){if(!a)return Ho(e,t,n,i,s);var o=B(a),l=V(a),p=o*e,u=l*e,d=o/e,h=l/e,c=(l*n-o*t)/e,f=(l*t+o*n)/e;function g(m,y){return m*=i,y*=s,[p*m-u*y+t,n-u*m-p*y]}return g.invert=function(m,y){return[i*(d*m-h*y+c),s*(f-h*m-d*y)]},g}function Bo(e){var t,n=150,i=480,s=250,a=0,o=0,l=0,p=0,u=0,d,h=0,c=1,f=1,g=null,m=jn,y=null,w,b,S,v=Zt,E=.5,C,k,R,q,N;function T(_){return R(_[0]*te,_[1]*te)}function X(_){return _=R.invert(_[0],_[1]),_&&[_[0]*ge,_[1]*ge]}T.stream=function(_){return q&&N===_?q:q=Fo(Uo(d)(m(C(v(N=_)))))},T.preclip=function(_){return arguments.length?(m=_,g=void 0,I()):m},T.postclip=function(_){return arguments.length?(v=_,y=w=b=S=null,I()):v},T.clipAngle=function(_){return arguments.length?(m=+_?yo(g=_*te):(g=null,jn),I()):g*ge},T.clipExtent=function(_){return arguments.length?(v=_==null?(y=w=b=S=null,Zt):bo(y=+_[0][0],w=+_[0][1],b=+_[1][0],S=+_[1][1]),I()):y==null?null:[[y,w],[b,S]]},T.scale=function(_){return arguments.length?(n=+_,U()):n},T.translate=function(_){return arguments.length?(i=+_[0],s=+_[1],U()):[i,s]},T.center=function(_){return arguments.length?(a=_[0]%360*te,o=_[1]%360*te,U()):[a*ge,o*ge]},T.rotate=function(_){return arguments.length?(l=_[0]%360*te,p=_[1]%360*te,u=_.length>2?_[2]%360*te:0,U()):[l*ge,p*ge,u*ge]},T.angle=function(_){return arguments.length?(h=_%360*te,U()):h*ge},T.reflectX=function(_){return arguments.length?(c=_?-1:1,U()):c<0},T.reflectY=function(_){return arguments.length?(f=_?-1:1,U()):f<0},T.precision=function(_){return arguments.length?(C=ti(k,E=_*_),I()):$e(E)},T.fitExtent=function(_,$){return Wi(T,_,$)},T.fitSize=function(_,$){return Oo(T,_,$)},T.fitWidth=function(_,$){return Lo(T,_,$)},T.fitHeight=function(_,$){return xo(T,_,$)};function U(){var _=ni(n,0,0,c,f,h).apply(null,t(a,o)),$=ni(n,i-_[0],s-_[1],c,f,h);return d=co(l,p,u),k=Qt(t,$),R=Qt(d,k),C=ti(k,E),I()}function I(){return q=N=null,T}return function(){return t=e.apply(this,arguments),T.invert=t.invert&&X,U()}}function Wo(e){var t=0,n=x/3,i=Bo(e),s=i(t,n);return s.parallels=function(a){return arguments.length?i(t=a[0]*te,n=a[1]*te):[t*ge,n*ge]},s}function Gi(e,t){return[e,jt(Ti((K+t)/2))]}Gi.invert=function(e,t){return[e,2*yn(ao(t))-K]};function pt(e){return Ti((K+e)/2)}function Go(e,t){var n=B(e),i=e===t?V(e):jt(n/B(t))/jt(pt(t)/pt(e)),s=n*Dt(pt(e),i)/i;if(!i)return Gi;function a(o,l){s>0?l<-K+A&&(l=-K+A):l>K-A&&(l=K-A);var p=s/Dt(pt(l),i);return[p*V(i*o),s-p*B(i*o)]}return a.invert=function(o,l){var p=s-l,u=Ue(i)*$e(o*o+p*p),d=xe(o,W(p))*Ue(p);return p*i<0&&(d-=x*Ue(o)*Ue(p)),[d/i,2*yn(Dt(s/u,1/i))-K]},a}function Vo(){return Wo(Go).scale(109.5).parallels([30,30])}function ii(e,t){return[e,t]}ii.invert=ii;const zo=Y(`
  query MapPage($filter: IncidentFilterInput) {
    incidentsGeojson(filter: $filter)
    provisions(first: 100) { nodes { slug heading } }
  }
`),jo=["ARSON","GUNFIRE","VANDALISM","INTIMIDATION","GRAFFITI","RIOT","ASSAULT","SMUGGLING","ESCAPE_ATTEMPT","OTHER"],ri=600,oi=600;function Yo(){const{t:e,label:t,href:n}=z(),{query:i,path:s,route:a}=Se(),o={from:i.from||void 0,to:i.to||void 0,kind:i.kind||void 0,provision:i.provision||void 0},l=ee(zo,{filter:o}),[p,u]=ce();Le(()=>{fetch("/app/basemap.json").then(g=>g.json()).then(u,()=>{})},[]);const d=p?.features.filter(g=>g.properties.france),h=Vo().parallels([44,49]).rotate([-3,0]);d&&h.fitExtent([[10,10],[ri-10,oi-10]],{type:"FeatureCollection",features:d});const c=ko(h),f=g=>{g.preventDefault();const m=new FormData(g.currentTarget),y=new URLSearchParams(i);for(const w of["from","to","kind","provision"]){const b=String(m.get(w)??"");b?y.set(w,b):y.delete(w)}a(`${s}?${y}`)};return r(M,{children:[r("h1",{children:e.map}),r(fe,{query:l,children:g=>{const m=g.incidentsGeojson;return r(M,{children:[r("form",{class:"filters",onSubmit:f,"aria-label":e.filters,children:[r("label",{children:[e.from," ",r("input",{type:"date",name:"from",defaultValue:o.from})]}),r("label",{children:[e.to," ",r("input",{type:"date",name:"to",defaultValue:o.to})]}),r("label",{children:[e.kind," ",r("select",{name:"kind",defaultValue:o.kind??"",children:[r("option",{value:"",children:e.any}),jo.map(y=>r("option",{value:y,children:t(y)}))]})]}),r("label",{children:[e.provision," ",r("select",{name:"provision",defaultValue:o.provision??"",children:[r("option",{value:"",children:e.any}),g.provisions.nodes.map(y=>r("option",{value:y.slug,children:y.heading}))]})]}),r("button",{type:"submit",children:e.filters})]},JSON.stringify(o)),r("p",{class:"map-count","aria-live":"polite",children:e.markers(m.features.length,m.withoutCoordinates)}),r("svg",{class:"map",viewBox:`0 0 ${ri} ${oi}`,role:"group","aria-label":e.map,children:[p?.features.map(y=>r("path",{d:c(y)??"",class:y.properties.france?"land-fr":"land","aria-hidden":"true"})),m.features.map(y=>{const[w,b]=h(y.geometry.coordinates)??[0,0];return r("a",{href:n(`/incidents/${y.properties.slug}`),class:"marker","aria-label":`${y.properties.occurredOn} ${y.properties.title}`,children:r("circle",{cx:w,cy:b,r:"6","data-slug":y.properties.slug,children:r("title",{children:`${y.properties.occurredOn} — ${y.properties.title}${y.properties.facilityName?` (${y.properties.facilityName})`:""}`})})})})]}),r("p",{class:"note",children:e.basemapCredit}),r("ol",{class:"map-list",children:m.features.map(y=>r("li",{children:[r("time",{children:y.properties.occurredOn})," ",r("a",{href:n(`/incidents/${y.properties.slug}`),children:y.properties.title}),y.properties.facilityName?` — ${y.properties.facilityName}`:""]}))})]})}})]})}Y(`
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
`);const Jo={Provision:"/provisions/",Incident:"/incidents/",Criticism:"/criticisms/",Facility:"/facilities/",Actor:"/actors/",Source:"/sources/"};function Vi(e){if(!e?.__typename)return;if(e.__typename==="Law")return"/";const t=Jo[e.__typename];return t&&e.slug?`${t}${e.slug}`:void 0}const Ko=Y(`
  query TimelinePage($from: Date, $to: Date) {
    timeline(from: $from, to: $to, first: 100) {
      type date datePrecision title slug
      node { id ...NodeLink }
    }
  }
`);function Qo(){const{t:e,label:t,href:n}=z(),{query:i,path:s,route:a}=Se(),o=i.from||void 0,l=i.to||void 0,p=ee(Ko,{from:o,to:l}),u=d=>{d.preventDefault();const h=new FormData(d.currentTarget),c=new URLSearchParams(i);for(const f of["from","to"]){const g=String(h.get(f)??"");g?c.set(f,g):c.delete(f)}a(`${s}?${c}`)};return r(M,{children:[r("h1",{children:e.timeline}),r("form",{class:"filters",onSubmit:u,"aria-label":e.filters,children:[r("label",{children:[e.from," ",r("input",{type:"date",name:"from",defaultValue:o})]}),r("label",{children:[e.to," ",r("input",{type:"date",name:"to",defaultValue:l})]}),r("button",{type:"submit",children:e.filters})]},`${o}|${l}`),r(fe,{query:p,children:d=>r("ol",{class:"chrono timeline",children:d.timeline.map(h=>{const c=Vi(h.node);return r("li",{class:`chrono-${h.type}`,children:[r("time",{children:h.date})," ",r("span",{class:"tag",children:t(h.type)})," ",c?r("a",{href:n(c),children:h.title}):h.title]})})})})]})}const Xo=Y(`
  query SearchPage($q: String!) {
    search(query: $q, first: 30) {
      totalCount
      nodes { type slug title snippet node { id ...NodeLink } }
    }
  }
`);function Zo({q:e}){const{t,label:n,href:i}=z(),s=ee(Xo,{q:e},!1);return r(fe,{query:s,children:a=>r(M,{children:[r("p",{"aria-live":"polite",children:t.results(a.search.totalCount)}),r("ol",{class:"hits",children:a.search.nodes.map(o=>{const l=Vi(o.node);return r("li",{"data-type":o.type,children:[r("span",{class:"tag",children:n(o.type)})," ",l?r("a",{href:i(l),children:o.title}):o.title,r("br",{}),r($r,{text:o.snippet})]})})})]})})}function es(){const{t:e}=z(),{query:t,path:n,route:i}=Se(),[s,a]=ce(t.q??"");return Le(()=>{const o=setTimeout(()=>{if((t.q??"")===s.trim())return;const l=new URLSearchParams(t);s.trim()?l.set("q",s.trim()):l.delete("q"),i(`${n}${l.toString()?`?${l}`:""}`,!0)},200);return()=>clearTimeout(o)},[s]),r(M,{children:[r("h1",{children:e.search}),r("form",{role:"search",onSubmit:o=>o.preventDefault(),children:[r("label",{for:"q",children:e.searchLabel})," ",r("input",{id:"q",type:"search",value:s,onInput:o=>a(o.currentTarget.value),autoComplete:"off"})]}),t.q&&r(Zo,{q:t.q})]})}const ts=Y(`
  query ActorPage($slug: ID!) {
    actor(id: $slug) {
      slug name kind description
      citations { quote note source { slug title reliability } }
      criticisms(first: 100) {
        nodes {
          slug stance rights summary quote statedOn
          provisions { provision { slug heading } }
          citations { quote note source { slug title reliability } }
        }
      }
    }
  }
`);function ns({slug:e}){const{t,label:n,href:i}=z(),s=ee(ts,{slug:e});return r(fe,{query:s,children:a=>{const o=a.actor;if(!o)return r("h1",{children:t.notFound});const l=new Map;for(const p of o.criticisms.nodes)for(const u of p.rights.length?p.rights:["—"])l.set(u,[...l.get(u)??[],p]);return r(M,{children:[r("h1",{children:o.name}),r("p",{children:o.description}),r(de,{citations:o.citations}),r("h2",{children:t.byRight}),[...l.entries()].map(([p,u])=>r("section",{class:"right",children:[r("h3",{children:p.replace(/_/g," ")}),r("ul",{children:u.map(d=>r("li",{children:[r("span",{class:"tag",children:n(d.stance)})," ",r("a",{href:i(`/criticisms/${d.slug}`),children:d.summary}),d.statedOn?` (${d.statedOn})`:"",d.provisions.length>0&&r(M,{children:[" → ",d.provisions.map(h=>r("a",{href:i(`/provisions/${h.provision.slug}`),children:[h.provision.heading," "]}))]}),r(de,{citations:d.citations})]}))})]}))]})}})}const is=Y(`
  query LawCitations {
    laws(first: 5) {
      nodes {
        slug titleFr citations { quote source { slug } }
        stages { slug description citations { quote source { slug } } }
        events { slug title provision { slug } citations { quote source { slug } } }
        claims { question claims { value citations { quote source { slug } } } }
      }
    }
    facilities(first: 100) { nodes { slug name citations { quote source { slug } } } }
    actors(first: 100) { nodes { slug name citations { quote source { slug } } } }
  }
`),rs=Y(`
  query ProvisionCitations {
    provisions(first: 100) {
      nodes {
        slug heading citations { quote source { slug } }
        parameters { label citations { quote source { slug } } }
        texts { text source { slug } }
      }
    }
  }
`),os=Y(`
  query IncidentCitations {
    incidents(first: 100) {
      nodes {
        slug title citations { quote source { slug } }
        outcomes { name citations { quote source { slug } } }
        provisions { provision { slug heading } citations { quote source { slug } } }
      }
    }
  }
`),ss=Y(`
  query CriticismCitations {
    criticisms(first: 100) {
      nodes {
        slug summary citations { quote source { slug } }
        provisions { provision { slug heading } citations { quote source { slug } } }
      }
    }
  }
`);function as(e){const t=ee(is,{}),n=ee(rs,{}),i=ee(os,{}),s=ee(ss,{});if(!t.data||!n.data||!i.data||!s.data)return{};const a=[],o=(l,p,u)=>{for(const d of l)d.source.slug===e&&a.push({quote:d.quote,label:p,path:u})};for(const l of t.data.laws.nodes){o(l.citations,l.titleFr,"/");for(const p of l.stages)o(p.citations,p.description,"/");for(const p of l.events)o(p.citations,p.title,p.provision?`/provisions/${p.provision.slug}`:"/");for(const p of l.claims)for(const u of p.claims)o(u.citations,`${p.question} — ${u.value}`,"/")}for(const l of t.data.facilities.nodes)o(l.citations,l.name,`/facilities/${l.slug}`);for(const l of t.data.actors.nodes)o(l.citations,l.name,`/actors/${l.slug}`);for(const l of n.data.provisions.nodes){o(l.citations,l.heading,`/provisions/${l.slug}`);for(const p of l.parameters)o(p.citations,`${l.heading} — ${p.label}`,`/provisions/${l.slug}`);for(const p of l.texts)o([{quote:p.text,source:p.source}],`${l.heading}`,`/provisions/${l.slug}`)}for(const l of i.data.incidents.nodes){o(l.citations,l.title,`/incidents/${l.slug}`);for(const p of l.outcomes)o(p.citations,`${l.title} — ${p.name}`,`/incidents/${l.slug}`);for(const p of l.provisions)o(p.citations,`${l.title} → ${p.provision.heading}`,`/provisions/${p.provision.slug}`)}for(const l of s.data.criticisms.nodes){o(l.citations,l.summary,`/criticisms/${l.slug}`);for(const p of l.provisions)o(p.citations,`${l.summary} → ${p.provision.heading}`,`/provisions/${p.provision.slug}`)}return{data:a}}const ls=Y(`
  query SourcePage($slug: ID!) {
    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }
  }
`);function zi(e,t){const n=[];for(const a of t){if(!a.quote)continue;let o=e.indexOf(a.quote);for(;o>=0;)n.push({start:o,end:o+a.quote.length,passage:a}),o=e.indexOf(a.quote,o+1)}const i=[...new Set([0,e.length,...n.flatMap(a=>[a.start,a.end])])].sort((a,o)=>a-o),s=[];for(let a=0;a+1<i.length;a++){const[o,l]=[i[a],i[a+1]];s.push({start:o,end:l,passages:n.filter(p=>p.start<=o&&p.end>=l).map(p=>p.passage)})}return{pieces:s,found:[...new Set(n.map(a=>a.passage))]}}function ji({text:e,passages:t,focus:n,containerRef:i,label:s}){const{href:a}=z(),{pieces:o}=zi(e,t);let l=!1;return r("div",{class:"source-text",ref:i,tabIndex:0,role:"region","aria-label":s,children:o.map(p=>{const u=e.slice(p.start,p.end);if(p.passages.length===0)return u;const d=!!n&&p.passages.some(f=>f.quote===n),h=d&&!l?"focus":void 0;h&&(l=!0);const c=p.passages[0];return r("mark",{id:h,class:d?"cited focus":"cited",title:p.passages.map(f=>f.label).join(" · "),children:u.trim()?r("a",{href:a(c.path),children:u}):u})})})}function cs({slug:e}){const{t,label:n,href:i}=z(),{query:s}=Se(),a=ee(ls,{slug:e}),o=as(e),l=me(null),p=!!a.data&&!!o.data;return Le(()=>{p&&document.getElementById("focus")?.scrollIntoView({block:"center"})},[p,s.quote]),r(fe,{query:a,children:u=>{const d=u.source;if(!d)return r("h1",{children:t.notFound});const h=o.data??[],{found:c}=zi(d.text,h);return r(M,{children:[r("h1",{children:d.title}),r("p",{children:[d.publisher??""," ",d.publishedOn??""," · ",t.reliability,t.colon,r("span",{class:`rel rel-${d.reliability}`,children:n(d.reliability)}),d.url&&r(M,{children:[" · ",r("span",{class:"url",children:d.url})]})]}),r("p",{class:"note",children:d.reliabilityNote}),r("p",{"aria-live":"polite",class:"passage-count","aria-busy":!o.data,children:o.data?t.citedPassages(c.length):t.loading}),r(ji,{text:d.text,passages:h,focus:s.quote,containerRef:l,label:d.title}),r("h2",{children:t.evidence}),r("ul",{class:"passages",children:c.map(f=>r("li",{children:[t.open,f.quote,t.close," — ",t.supports," ",r("a",{href:i(f.path),children:f.label})]}))})]})}})}const us=Y(`
  query IncidentPage($slug: ID!) {
    incident(id: $slug) {
      slug title summary occurredOn timeOfDay kinds place campaign
      facility { slug name city }
      investigatingBody { slug name }
      outcomes { display name citations { quote note source { slug title reliability } } }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { relation provision { slug heading } citations { quote note source { slug title reliability } } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);function ds({slug:e}){const{t,label:n,href:i}=z(),s=ee(us,{slug:e});return r(fe,{query:s,children:a=>{const o=a.incident;return o?r(M,{children:[r("h1",{children:o.title}),r("p",{children:[r("time",{children:o.occurredOn}),o.timeOfDay?` ${o.timeOfDay}`:""," · ",o.kinds.map(n).join(", "),o.facility&&r(M,{children:[" · ",r("a",{href:i(`/facilities/${o.facility.slug}`),children:o.facility.name})]}),o.investigatingBody&&r(M,{children:[" · ",r("a",{href:i(`/actors/${o.investigatingBody.slug}`),children:o.investigatingBody.name})]})]}),r("p",{children:r(Oe,{value:o.corroboration})}),r("p",{children:o.summary}),r("h2",{children:t.evidence}),r(de,{citations:o.citations}),o.outcomes.length>0&&r(M,{children:[r("h2",{children:t.outcomes}),r("ul",{children:o.outcomes.map(l=>r("li",{children:[l.name,t.colon,l.display,r(de,{citations:l.citations})]}))})]}),r("h2",{children:t.provision}),o.provisions.length===0?r("p",{children:t.none}):r("ul",{children:o.provisions.map(l=>r("li",{children:[r("a",{href:i(`/provisions/${l.provision.slug}`),children:l.provision.heading})," · ",n(l.relation),r(de,{citations:l.citations})]}))}),r(_n,{claims:o.claims})]}):r("h1",{children:t.notFound})}})}const ps=Y(`
  query FacilityPage($slug: ID!) {
    facility(id: $slug) {
      slug name kind city aliases latitude longitude coordinatesNote
      citations { quote note source { slug title reliability } }
      incidents(first: 100) { nodes { slug title occurredOn kinds } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);function fs({slug:e}){const{t,label:n,href:i}=z(),s=ee(ps,{slug:e});return r(fe,{query:s,children:a=>{const o=a.facility;return o?r(M,{children:[r("h1",{children:o.name}),r("p",{children:[o.city??"",o.aliases.length>0&&r(M,{children:[" · ",t.aliases,t.colon,o.aliases.join(", ")]})]}),o.coordinatesNote&&r("p",{class:"note",children:[o.latitude,", ",o.longitude," — ",o.coordinatesNote]}),r(de,{citations:o.citations}),r("h2",{children:t.incidents}),r("ul",{class:"incidents",children:o.incidents.nodes.map(l=>r("li",{children:[r("time",{children:l.occurredOn})," ",r("a",{href:i(`/incidents/${l.slug}`),children:l.title})," (",l.kinds.map(n).join(", "),")"]}))}),r(_n,{claims:o.claims})]}):r("h1",{children:t.notFound})}})}const hs=Y(`
  query CriticismPage($slug: ID!) {
    criticism(id: $slug) {
      slug stance rights summary quote statedOn version
      author { slug name }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { provision { slug heading } citations { quote note source { slug title reliability } } }
    }
  }
`);function gs({slug:e}){const{t,label:n,href:i}=z(),s=ee(hs,{slug:e});return r(fe,{query:s,children:a=>{const o=a.criticism;return o?r(M,{children:[r("h1",{children:[r("a",{href:i(`/actors/${o.author.slug}`),children:o.author.name})," · ",n(o.stance)]}),r("p",{class:"summary",children:o.summary}),o.quote&&r("blockquote",{children:[t.open,o.quote,t.close]}),r("p",{children:[o.rights.join(", ")," ",o.statedOn?`· ${o.statedOn}`:""," · ",r(Oe,{value:o.corroboration})]}),r(de,{citations:o.citations}),r("h2",{children:t.provision}),r("ul",{children:o.provisions.map(l=>r("li",{children:[r("a",{href:i(`/provisions/${l.provision.slug}`),children:l.provision.heading}),r(de,{citations:l.citations})]}))})]}):r("h1",{children:t.notFound})}})}const ms=Y(`
  query EditCriticism($slug: ID!) {
    criticism(id: $slug) {
      slug version stance rights summary quote statedOn
      author { slug }
      citations { quote note source { slug } }
    }
  }
`),_s=Y(`
  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } }
  }
`);async function Ht(e){return(await Je(ms,{slug:e})).criticism}function ys({token:e,criticisms:t}){const{t:n}=z(),[i,s]=ce(),[a,o]=ce(""),[l,p]=ce(),[u,d]=ce(),h=async f=>{const g=await Ht(f);s(g??void 0),o(g?.summary??""),p(void 0),d(void 0)},c=async f=>{const g={slug:f.slug,actor:f.author.slug,stance:f.stance,rights:f.rights,summary:a,quote:f.quote,statedOn:f.statedOn,citations:f.citations.map(m=>({source:m.source.slug,quote:m.quote,note:m.note}))};try{await Je(_s,{id:f.slug,expectedVersion:f.version,input:g},e);const m=await Ht(f.slug);s(m??void 0),p(void 0),d({ok:!0,text:n.saved})}catch(m){m instanceof Ye&&m.code==="CONFLICT"?(p(await Ht(f.slug)??void 0),d({ok:!1,text:n.conflict})):d({ok:!1,text:m instanceof Error?m.message:String(m)})}};return r("section",{"aria-labelledby":"edit-title",children:[r("h2",{id:"edit-title",children:n.editTitle}),r("label",{children:[n.criticism," ",r("select",{id:"edit-criticism",value:i?.slug??"",onChange:f=>h(f.currentTarget.value),children:[r("option",{value:"",children:"—"}),t.map(f=>r("option",{value:f.slug,children:f.summary.slice(0,80)}))]})]}),i&&r("form",{onSubmit:f=>{f.preventDefault(),c(i)},children:[r("p",{children:[n.version," ",r("span",{id:"seen-version",children:i.version})]}),r("label",{children:[n.summary," ",r("textarea",{id:"edit-summary",rows:4,value:a,onInput:f=>o(f.currentTarget.value)})]}),r("button",{type:"submit",id:"save",children:n.save})]}),u&&r("p",{role:"status",id:"edit-status",class:u.ok?"ok":"error",children:u.text}),l&&r("div",{class:"conflict",id:"conflict",children:[r("h3",{children:[n.currentRecord," (",n.version," ",l.version,")"]}),r("p",{class:"current-summary",children:l.summary}),r("button",{type:"button",id:"reapply",onClick:()=>c(l),children:n.reapply})]})]})}const Bt="lawtracker-token",vs=Y(`
  query CurationChoices {
    provisions(first: 100) { nodes { slug heading } }
    criticisms(first: 100) { nodes { slug summary author { name } } }
    incidents(first: 100) { nodes { slug title occurredOn } }
    sources(first: 100) { nodes { slug title } }
  }
`),bs=Y(`
  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }
`),Ss=Y(`
  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } }
  }
`),ws=Y(`
  mutation LinkIncident($input: IncidentLinkInput!) {
    linkIncident(input: $input) { revision { id operation } }
  }
`),$s=["REACTION_TO_PROVISION","CITED_AS_JUSTIFICATION","COINCIDED_WITH_DEBATE"];function Es(e,t){const n=window.getSelection();if(!e||!n||n.rangeCount===0||n.isCollapsed)return;const i=n.getRangeAt(0);if(!e.contains(i.startContainer)||!e.contains(i.endContainer))return;const s=document.createRange();s.setStart(e,0),s.setEnd(i.startContainer,i.startOffset);const a=s.toString().length;return t.slice(a,a+i.toString().length)}function Is(){const{t:e,label:t}=z(),{query:n,path:i,route:s}=Se(),[a,o]=ce(()=>sessionStorage.getItem(Bt)??""),l=ee(vs,{}),p=n.source??"",u=ee(bs,{slug:p||"-"}),d=me(null),[h,c]=ce("criticism"),[f,g]=ce(""),[m,y]=ce(),w=(S,v)=>{const E=new URLSearchParams(n);v?E.set(S,v):E.delete(S),s(`${i}?${E}`,!0)};if(!a)return r(M,{children:[r("h1",{children:e.curation}),r("form",{onSubmit:S=>{S.preventDefault();const v=String(new FormData(S.currentTarget).get("token")??"").trim();v&&(sessionStorage.setItem(Bt,v),o(v))},children:[r("label",{for:"token",children:e.token})," ",r("input",{id:"token",name:"token",type:"password",autoComplete:"off",required:!0})," ",r("button",{type:"submit",children:e.signIn})]})]});const b=async S=>{S.preventDefault();const v=new FormData(S.currentTarget),E={source:p,quote:f,note:String(v.get("note")??"")||null};try{h==="criticism"?await Je(Ss,{criticism:String(v.get("target")),input:{provision:String(v.get("provision")),citations:[E]}},a):await Je(ws,{input:{incident:String(v.get("target")),provision:String(v.get("provision")),relation:String(v.get("relation")),citations:[E]}},a),y({ok:!0,text:e.linked})}catch(C){const k=C instanceof Ye?`${C.code??""}: ${C.message}`:String(C);y({ok:!1,text:k})}};return r(M,{children:[r("h1",{children:e.curation}),r("p",{children:[e.signedIn," ·"," ",r("button",{type:"button",onClick:()=>{sessionStorage.removeItem(Bt),o("")},children:e.signOut})]}),r(fe,{query:l,children:S=>r(M,{children:[r("section",{"aria-labelledby":"link-title",children:[r("h2",{id:"link-title",children:e.linkTitle}),r("form",{class:"curation",onSubmit:b,children:[r("label",{children:[e.linkWhat," ",r("select",{name:"what",value:h,onChange:v=>c(v.currentTarget.value),children:[r("option",{value:"criticism",children:e.criticism}),r("option",{value:"incident",children:e.incident})]})]}),r("label",{children:[h==="criticism"?e.criticism:e.incident," ",r("select",{name:"target",id:"target",children:h==="criticism"?S.criticisms.nodes.map(v=>r("option",{value:v.slug,children:[v.author.name," — ",v.summary.slice(0,80)]})):S.incidents.nodes.map(v=>r("option",{value:v.slug,children:[v.occurredOn," — ",v.title]}))})]}),h==="incident"&&r("label",{children:[e.relation," ",r("select",{name:"relation",children:$s.map(v=>r("option",{value:v,children:t(v)}))})]}),r("label",{children:[e.provision," ",r("select",{name:"provision",id:"provision",children:S.provisions.nodes.map(v=>r("option",{value:v.slug,children:v.heading}))})]}),r("label",{children:[e.source," ",r("select",{name:"source",id:"source",value:p,onChange:v=>w("source",v.currentTarget.value),children:[r("option",{value:"",children:"—"}),S.sources.nodes.map(v=>r("option",{value:v.slug,children:v.title}))]})]}),r("p",{children:[e.selectPassage," ",r("button",{type:"button",id:"use-selection",onClick:()=>g(Es(d.current,u.data?.source?.text??"")??""),children:e.useSelection})]}),r("label",{children:[e.quote," ",r("textarea",{name:"quote",id:"quote",readOnly:!0,value:f,rows:3})]}),r("label",{children:[e.note," ",r("input",{name:"note"})]}),r("button",{type:"submit",id:"link",disabled:!f||!p,children:e.link}),m&&r("p",{role:"status",class:m.ok?"ok":"error",children:m.text})]}),u.data?.source&&r(ji,{text:u.data.source.text,passages:[],containerRef:d,label:u.data.source.title})]}),r(ys,{token:a,criticisms:S.criticisms.nodes})]})})]})}function Cs(){const{t:e,lang:t,href:n}=z(),{path:i,query:s}=Se(),a=t==="fr"?"en":"fr",o=new URLSearchParams(s);a==="en"?o.set("lang","en"):o.delete("lang");const l=`${i}${o.toString()?`?${o}`:""}`;return Le(()=>{document.documentElement.lang=t},[t]),r("header",{children:[r("a",{class:"skip",href:"#main",children:e.skip}),r("nav",{"aria-label":e.nav,children:[r("a",{class:"brand",href:n("/"),children:"lawtracker"}),r("a",{href:n("/"),children:e.law}),r("a",{href:n("/map"),children:e.map}),r("a",{href:n("/timeline"),children:e.timeline}),r("a",{href:n("/search"),children:e.search}),r("a",{href:n("/curation"),children:e.curation}),r("a",{class:"lang",href:l,hrefLang:a,lang:a,"aria-label":`${e.language}: ${a==="en"?"English":"Français"}`,children:a==="en"?"English":"Français"})]})]})}function qs(){return r(it,{scope:"/app",children:[r(Cs,{}),r("main",{id:"main",tabIndex:-1,children:r(Ei,{children:[r(oe,{path:"/app",component:An}),r(oe,{path:"/app/",component:An}),r(oe,{path:"/app/provisions/:slug",component:no}),r(oe,{path:"/app/map",component:Yo}),r(oe,{path:"/app/timeline",component:Qo}),r(oe,{path:"/app/search",component:es}),r(oe,{path:"/app/actors/:slug",component:ns}),r(oe,{path:"/app/sources/:slug",component:cs}),r(oe,{path:"/app/incidents/:slug",component:ds}),r(oe,{path:"/app/facilities/:slug",component:fs}),r(oe,{path:"/app/criticisms/:slug",component:gs}),r(oe,{path:"/app/curation",component:Is}),r(oe,{default:!0,component:Ir})]})})]})}tr(r(qs,{}),document.getElementById("app"));
