var et,F,si,Ee,En,ai,li,Ot,ft,ze,ci,un,Bt,Gt,ui,vt={},bt=[],Ji=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,tt=Array.isArray;function ve(e,t){for(var n in t)e[n]=t[n];return e}function dn(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Ie(e,t,n){var i,s,l,o={};for(l in t)l=="key"?i=t[l]:l=="ref"?s=t[l]:o[l]=t[l];if(arguments.length>2&&(o.children=arguments.length>3?et.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(l in e.defaultProps)o[l]===void 0&&(o[l]=e.defaultProps[l]);return Ye(e,o,i,s,null)}function Ye(e,t,n,i,s){var l={type:e,props:t,key:n,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++si,__i:-1,__u:0};return s==null&&F.vnode!=null&&F.vnode(l),l}function M(e){return e.children}function ht(e,t){this.props=e,this.context=t}function Ce(e,t){if(t==null)return e.__?Ce(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?Ce(e):null}function Qi(e){if(e.__P&&e.__d){var t=e.__v,n=t.__e,i=[],s=[],l=ve({},t);l.__v=t.__v+1,F.vnode&&F.vnode(l),pn(e.__P,l,t,e.__n,e.__P.namespaceURI,32&t.__u?[n]:null,i,n??Ce(t),!!(32&t.__u),s),l.__v=t.__v,l.__.__k[l.__i]=l,mi(i,l,s),t.__e=t.__=null,l.__e!=n&&di(l)}}function di(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),di(e)}function Vt(e){(!e.__d&&(e.__d=!0)&&Ee.push(e)&&!St.__r++||En!=F.debounceRendering)&&((En=F.debounceRendering)||ai)(St)}function St(){try{for(var e,t=1;Ee.length;)Ee.length>t&&Ee.sort(li),e=Ee.shift(),t=Ee.length,Qi(e)}finally{Ee.length=St.__r=0}}function pi(e,t,n,i,s,l,o,a,d,p,u){var f,c,h,g,m,y,E=i&&i.__k||bt,b=t.length;for(d=Xi(n,t,E,d,b),f=0;f<b;f++)(h=n.__k[f])!=null&&(c=h.__i!=-1&&E[h.__i]||vt,h.__i=f,y=pn(e,h,c,s,l,o,a,d,p,u),g=h.__e,h.ref&&c.ref!=h.ref&&(c.ref&&fn(c.ref,null,h),u.push(h.ref,h.__c||g,h)),m==null&&g!=null&&(m=g),4&h.__u?(d=fi(h,d,e),c.__e&&(c.__e=null)):typeof h.type=="function"&&y!==void 0?d=y:g&&(d=g.nextSibling),h.__u&=-7);return n.__e=m,d}function Xi(e,t,n,i,s){var l,o,a,d,p,u=n.length,f=u,c=0;for(e.__k=new Array(s),l=0;l<s;l++)(o=t[l])!=null&&typeof o!="boolean"&&typeof o!="function"?(typeof o=="string"||typeof o=="number"||typeof o=="bigint"||o.constructor==String?o=e.__k[l]=Ye(null,o,null,null,null):tt(o)?o=e.__k[l]=Ye(M,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[l]=Ye(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[l]=o,d=l+c,o.__=e,o.__b=e.__b+1,a=null,(p=o.__i=Zi(o,n,d,f))!=-1&&(f--,(a=n[p])&&(a.__u|=2)),a==null||a.__v==null?(p==-1&&(s>u?c--:s<u&&c++),typeof o.type!="function"&&(o.__u|=4)):p!=d&&(p==d-1?c--:p==d+1?c++:(p>d?c--:c++,o.__u|=4))):e.__k[l]=null;if(f)for(l=0;l<u;l++)(a=n[l])!=null&&(2&a.__u)==0&&(a.__e==i&&(i=Ce(a)),yi(a,a));return i}function fi(e,t,n){var i,s;if(typeof e.type=="function"){for(i=e.__k,s=0;i&&s<i.length;s++)i[s]&&(i[s].__=e,t=fi(i[s],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Ce(e)),t=n.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function hi(e,t){return t=t||[],e==null||typeof e=="boolean"||(tt(e)?e.some(function(n){hi(n,t)}):t.push(e)),t}function Zi(e,t,n,i){var s,l,o,a=e.key,d=e.type,p=t[n],u=p!=null&&(2&p.__u)==0;if(p===null&&a==null||u&&a==p.key&&d==p.type)return n;if(i>(u?1:0)){for(s=n-1,l=n+1;s>=0||l<t.length;)if((p=t[o=s>=0?s--:l++])!=null&&(2&p.__u)==0&&a==p.key&&d==p.type)return o}return-1}function wn(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Ji.test(t)?n:n+"px"}function rt(e,t,n,i,s){var l,o;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)n&&t in n||wn(e.style,t,"");if(n)for(t in n)i&&n[t]==i[t]||wn(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")l=t!=(t=t.replace(ci,"$1")),o=t.toLowerCase(),t=o in e||t=="onFocusOut"||t=="onFocusIn"?o.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+l]=n,n?i?n[ze]=i[ze]:(n[ze]=un,e.addEventListener(t,l?Gt:Bt,l)):e.removeEventListener(t,l?Gt:Bt,l);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function $n(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t[ft]==null)t[ft]=un++;else if(t[ft]<n[ze])return;return n(F.event?F.event(t):t)}}}function pn(e,t,n,i,s,l,o,a,d,p){var u,f,c,h,g,m,y,E,b,S,v,$,C,O,R,T,P=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(d=!!(32&n.__u),l=[a=t.__e=n.__e]),(u=F.__b)&&u(t);e:if(typeof P=="function"){f=o.length;try{if(b=t.props,S=P.prototype&&P.prototype.render,v=(u=P.contextType)&&i[u.__c],$=u?v?v.props.value:u.__:i,n.__c?E=(c=t.__c=n.__c).__=c.__E:(S?t.__c=c=new P(b,$):(t.__c=c=new ht(b,$),c.constructor=P,c.render=tr),v&&v.sub(c),c.state||(c.state={}),c.__n=i,h=c.__d=!0,c.__h=[],c._sb=[]),S&&c.__s==null&&(c.__s=c.state),S&&P.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=ve({},c.__s)),ve(c.__s,P.getDerivedStateFromProps(b,c.__s))),g=c.props,m=c.state,c.__v=t,h)S&&P.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),S&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(S&&P.getDerivedStateFromProps==null&&b!==g&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(b,$),t.__v==n.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(b,c.__s,$)===!1){t.__v!=n.__v&&(c.props=b,c.state=c.__s,c.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(N){N&&(N.__=t)}),bt.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&o.push(c),a=Ce(n);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(b,c.__s,$),S&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(g,m,y)})}if(c.context=$,c.props=b,c.__P=e,c.__e=!1,C=F.__r,O=0,S)c.state=c.__s,c.__d=!1,C&&C(t),u=c.render(c.props,c.state,c.context),bt.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,C&&C(t),u=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++O<25);c.state=c.__s,c.getChildContext!=null&&(i=ve(ve({},i),c.getChildContext())),S&&!h&&c.getSnapshotBeforeUpdate!=null&&(y=c.getSnapshotBeforeUpdate(g,m)),R=u!=null&&u.type===M&&u.key==null?_i(u.props.children):u,a=pi(e,tt(R)?R:[R],t,n,i,s,l,o,a,d,p),c.base=t.__e,t.__u&=-161,c.__h.length&&o.push(c),E&&(c.__E=c.__=null)}catch(N){if(o.length=f,t.__v=null,d||l!=null){if(N.then){for(t.__u|=d?160:128;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;l!=null&&(l[l.indexOf(a)]=null),t.__e=a}else if(l!=null)for(T=l.length;T--;)dn(l[T])}else t.__e=n.__e;t.__k==null&&(t.__k=n.__k||[]),N.then||gi(t),F.__e(N,t,n)}}else l==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):a=t.__e=er(n.__e,t,n,i,s,l,o,d,p);return(u=F.diffed)&&u(t),128&t.__u?void 0:a}function gi(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(gi))}function mi(e,t,n){for(var i=0;i<n.length;i++)fn(n[i],n[++i],n[++i]);F.__c&&F.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(l){l.call(s)})}catch(l){F.__e(l,s.__v)}})}function _i(e){return typeof e!="object"||e==null||e.__b>0?e:tt(e)?e.map(_i):e.constructor!==void 0?null:ve({},e)}function er(e,t,n,i,s,l,o,a,d){var p,u,f,c,h,g,m,y=n.props||vt,E=t.props,b=t.type;if(b=="svg"?s="http://www.w3.org/2000/svg":b=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),l!=null){for(p=0;p<l.length;p++)if((h=l[p])&&"setAttribute"in h==!!b&&(b?h.localName==b:h.nodeType==3)){e=h,l[p]=null;break}}if(e==null){if(b==null)return document.createTextNode(E);e=document.createElementNS(s,b,E.is&&E),a&&(F.__m&&F.__m(t,l),a=!1),l=null}if(b==null)y===E||a&&e.data==E||(e.data=E);else{if(l=b=="textarea"&&E.defaultValue!=null?null:l&&et.call(e.childNodes),!a&&l!=null)for(y={},p=0;p<e.attributes.length;p++)y[(h=e.attributes[p]).name]=h.value;for(p in y)h=y[p],p=="dangerouslySetInnerHTML"?f=h:p=="children"||p in E||p=="value"&&"defaultValue"in E||p=="checked"&&"defaultChecked"in E||rt(e,p,null,h,s);for(p in E)h=E[p],p=="children"?c=h:p=="dangerouslySetInnerHTML"?u=h:p=="value"?g=h:p=="checked"?m=h:a&&typeof h!="function"||y[p]===h||rt(e,p,h,y[p],s);if(u)a||f&&(u.__html==f.__html||u.__html==e.innerHTML)||(e.innerHTML=u.__html),t.__k=[];else if(f&&(e.innerHTML=""),pi(t.type=="template"?e.content:e,tt(c)?c:[c],t,n,i,b=="foreignObject"?"http://www.w3.org/1999/xhtml":s,l,o,l?l[0]:n.__k&&Ce(n,0),a,d),l!=null)for(p=l.length;p--;)dn(l[p]);a&&b!="textarea"||(p="value",b=="progress"&&g==null?e.removeAttribute("value"):g!=null&&(g!==e[p]||b=="progress"&&!g||b=="option"&&g!=y[p])&&rt(e,p,g,y[p],s),p="checked",m!=null&&m!=e[p]&&rt(e,p,m,y[p],s))}return e}function fn(e,t,n){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(s){F.__e(s,n)}}function yi(e,t,n){var i,s;if(F.unmount&&F.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||fn(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(l){F.__e(l,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&yi(i[s],t,n||typeof e.type!="function");n||dn(e.__e),e.__c=e.__=e.__e=void 0}function tr(e,t,n){return this.constructor(e,n)}function nr(e,t,n){var i,s,l,o;t==document&&(t=document.documentElement),F.__&&F.__(e,t),s=(i=!1)?null:t.__k,l=[],o=[],pn(t,e=t.__k=Ie(M,null,[e]),s||vt,vt,t.namespaceURI,s?null:t.firstChild?et.call(t.childNodes):null,l,s?s.__e:t.firstChild,i,o),mi(l,e,o),e.props.children=null}function In(e,t,n){var i,s,l,o,a=ve({},e.props);for(l in e.type&&e.type.defaultProps&&(o=e.type.defaultProps),t)l=="key"?i=t[l]:l=="ref"?s=t[l]:a[l]=t[l]===void 0&&o!=null?o[l]:t[l];return arguments.length>2&&(a.children=arguments.length>3?et.call(arguments,2):n),Ye(e.type,a,i||e.key,s||e.ref,null)}function vi(e){function t(n){var i,s;return this.getChildContext||(i=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){i=null},this.shouldComponentUpdate=function(l){this.props.value!=l.value&&i.forEach(function(o){o.__e=!0,Vt(o)})},this.sub=function(l){i.add(l);var o=l.componentWillUnmount;l.componentWillUnmount=function(){i&&i.delete(l),o&&o.call(l)}}),n.children}return t.__c="__cC"+ui++,t.__=e,t.Provider=t.__l=(t.Consumer=function(n,i){return n.children(i)}).contextType=t,t}et=bt.slice,F={__e:function(e,t,n,i){for(var s,l,o;t=t.__;)if((s=t.__c)&&!s.__)try{if((l=s.constructor)&&l.getDerivedStateFromError!=null&&(s.setState(l.getDerivedStateFromError(e)),o=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,i||{}),o=s.__d),o)return s.__E=s}catch(a){e=a}throw e}},si=0,ht.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ve({},this.state),typeof e=="function"&&(e=e(ve({},n),this.props)),e&&ve(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Vt(this))},ht.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Vt(this))},ht.prototype.render=M,Ee=[],ai=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,li=function(e,t){return e.__v.__b-t.__v.__b},St.__r=0,Ot=Math.random().toString(8),ft="__d"+Ot,ze="__a"+Ot,ci=/(PointerCapture)$|Capture$/i,un=0,Bt=$n(!1),Gt=$n(!0),ui=0;var ir=0;function r(e,t,n,i,s,l){t||(t={});var o,a,d=t;if("ref"in d)for(a in d={},t)a=="ref"?o=t[a]:d[a]=t[a];var p={type:e,props:d,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--ir,__i:-1,__u:0,__source:s,__self:l};if(typeof e=="function"&&(o=e.defaultProps))for(a in o)d[a]===void 0&&(d[a]=o[a]);return F.vnode&&F.vnode(p),p}var Te,H,kt,Cn,Et=0,bi=[],K=F,Tn=K.__b,Nn=K.__r,qn=K.diffed,Rn=K.__c,Pn=K.unmount,On=K.__;function nt(e,t){K.__h&&K.__h(H,e,Et||t),Et=0;var n=H.__H||(H.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function ce(e){return Et=1,hn(wi,e)}function hn(e,t,n){var i=nt(Te++,2);if(i.t=e,!i.__c&&(i.__=[wi(void 0,t),function(a){var d=i.__N?i.__N[0]:i.__[0],p=i.t(d,a);d!==p&&(i.__N=[p,i.__[1]],i.__c.setState({}))}],i.__c=H,!H.__f)){var s=function(a,d,p){if(!i.__c.__H)return!0;var u=!1,f=i.__c.props!==a;if(i.__c.__H.__.some(function(h){if(h.__N){u=!0;var g=h.__[0];h.__=h.__N,h.__N=void 0,g!==h.__[0]&&(f=!0)}}),l){var c=l.call(this,a,d,p);return u?c||f:c}return!u||f};H.__f=!0;var l=H.shouldComponentUpdate,o=H.componentWillUpdate;H.componentWillUpdate=function(a,d,p){if(this.__e){var u=l;l=void 0,s(a,d,p),l=u}o&&o.call(this,a,d,p)},H.shouldComponentUpdate=s}return i.__N||i.__}function Le(e,t){var n=nt(Te++,3);!K.__s&&mn(n.__H,t)&&(n.__=e,n.u=t,H.__H.__h.push(n))}function Si(e,t){var n=nt(Te++,4);!K.__s&&mn(n.__H,t)&&(n.__=e,n.u=t,H.__h.push(n))}function me(e){return Et=5,gn(function(){return{current:e}},[])}function gn(e,t){var n=nt(Te++,7);return mn(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Ei(e){var t=H.context[e.__c],n=nt(Te++,9);return n.c=e,t?(n.__==null&&(n.__=!0,t.sub(H)),t.props.value):e.__}function rr(){for(var e;e=bi.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(gt),t.__h.some(zt),t.__h=[]}catch(n){t.__h=[],K.__e(n,e.__v)}}}K.__b=function(e){H=null,Tn&&Tn(e)},K.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),On&&On(e,t)},K.__r=function(e){Nn&&Nn(e),Te=0;var t=(H=e.__c).__H;t&&(kt===H?(t.__h=[],H.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})):(t.__h.some(gt),t.__h.some(zt),t.__h=[],Te=0)),kt=H},K.diffed=function(e){qn&&qn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(bi.push(t)!==1&&Cn===K.requestAnimationFrame||((Cn=K.requestAnimationFrame)||or)(rr)),t.__H.__.some(function(n){n.u&&(n.__H=n.u,n.u=void 0)})),kt=H=null},K.__c=function(e,t){t.some(function(n){try{n.__h.some(gt),n.__h=n.__h.filter(function(i){return!i.__||zt(i)})}catch(i){t.some(function(s){s.__h&&(s.__h=[])}),t=[],K.__e(i,n.__v)}}),Rn&&Rn(e,t)},K.unmount=function(e){Pn&&Pn(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(i){try{gt(i)}catch(s){t=s}}),n.__H=void 0,t&&K.__e(t,n.__v))};var kn=typeof requestAnimationFrame=="function";function or(e){var t,n=function(){clearTimeout(i),kn&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(n,35);kn&&(t=requestAnimationFrame(n))}function gt(e){var t=H,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),H=t}function zt(e){var t=H;e.__c=e.__(),H=t}function mn(e,t){return!e||e.length!==t.length||t.some(function(n,i){return n!==e[i]})}function wi(e,t){return typeof t=="function"?t(e):t}let Re,Fe;function sr(e){return!Fe||(typeof Fe=="string"?e.startsWith(Fe):Fe.test(e))}function ar(e,t){let n="";if(Re=void 0,t&&t.type==="click"){if(t.ctrlKey||t.metaKey||t.altKey||t.shiftKey||t.button!==0)return e;const i=t.composedPath().find(l=>l.nodeName=="A"&&l.href),s=i&&i.getAttribute("href");if(!i||i.origin!=location.origin||/^#/.test(s)||!/^(_?self)?$/i.test(i.target)||!sr(s)||i.download)return e;Re=!0,t.preventDefault(),n=i.href.replace(location.origin,"")}else t&&t.url?(Re=!t.replace,n=t.url):n=location.pathname+location.search;return Re===!0?history.pushState(null,"",n):Re===!1&&history.replaceState(null,"",n),n}const lr=(e,t,n={})=>{e=e.split("/").filter(Boolean),t=(t||"").split("/").filter(Boolean),n.params||(n.params={});for(let i=0,s,l;i<Math.max(e.length,t.length);i++){let[,o,a,d]=(t[i]||"").match(/^(:?)(.*?)([+*?]?)$/);if(s=e[i],!(!o&&a==s)){if(!o&&s&&d=="*"){n.rest="/"+e.slice(i).join("/");break}if(!o||!s&&d!="?"&&d!="*")return;if(l=d=="+"||d=="*",l?s=e.slice(i).map(decodeURIComponent).join("/")||void 0:s&&(s=decodeURIComponent(s)),n.params[a]=s,a in n||(n[a]=s),l)break}}return n};function it(e){const[t,n]=hn(ar,e.url||location.pathname+location.search);e.scope&&(Fe=e.scope);const i=Re===!0,s=gn(()=>{const l=new URL(t,location.origin),o=l.pathname.replace(/\/+$/g,"")||"/";return{url:t,path:o,query:Object.fromEntries(l.searchParams),route:(a,d)=>n({url:a,replace:d}),back:()=>{history.back()},forward:()=>{history.forward()},wasPush:i}},[t]);return Si(()=>(addEventListener("click",n),addEventListener("popstate",n),()=>{removeEventListener("click",n),removeEventListener("popstate",n)}),[]),Ie(it.ctx.Provider,{value:s},e.children)}const cr=Promise.resolve();function $i(e){const[t,n]=hn(T=>T+1,0),{url:i,query:s,wasPush:l,path:o}=Se();if(!i)throw new Error("preact-iso's <Router> must be used within a <LocationProvider>, see: https://github.com/preactjs/preact-iso#locationprovider");const{rest:a=o,params:d={}}=Ei(Ln),p=me(!1),u=me(o),f=me(1),c=me(),h=me(),g=me(),m=me(!1),y=me();y.current=!1;let E,b,S;hi(e.children).some(T=>{if(lr(a,T.props.path,S={...T.props,path:a,query:s,params:Object.assign({},d),rest:""}))return E=In(T,S);T.props.default&&(b=In(T,S))});let v=E||b;const $=c.current&&c.current.__u&ot&&c.current.__u&st,C=c.current&&c.current.__h,O=gn(()=>{h.current=c.current,c.current=Ie(Ln.Provider,{value:S},v);const T=h.current&&h.current.props.children;return!T||!v||v.type!==T.type||v.props.component!==T.props.component?(f.current++,!0):!1},[i,JSON.stringify(S)]);$?(c.current.__u|=ot,c.current.__u|=st):C&&(c.current.__h=!0);const R=h.current;return h.current=null,this.__c=(T,P)=>{y.current=!0,h.current=R,e.onLoadStart&&e.onLoadStart(i),p.current=!0;let N=f.current;T.then(()=>{N===f.current&&(h.current=null,c.current&&(P.__h&&(c.current.__h=P.__h),P.__u&st&&(c.current.__u|=st),P.__u&ot&&(c.current.__u|=ot)),cr.then(n))})},Si(()=>{const T=this.__v&&this.__v.__e;if(y.current){!m.current&&!g.current&&(g.current=T);return}!m.current&&g.current&&(g.current!==T&&g.current.remove(),g.current=null),m.current=!0,u.current!==o&&(l&&scrollTo(0,0),e.onRouteChange&&e.onRouteChange(i),u.current=o),e.onLoadEnd&&p.current&&e.onLoadEnd(i),p.current=!1},[o,l,t]),O?[Ie(Lt,{r:c,key:f.current}),Ie(Lt,{r:h,key:f.current-1})]:Ie(Lt,{r:c,key:f.current})}const ot=32,st=128,Lt=({r:e})=>e.current;$i.Provider=it;it.ctx=vi({});const Ln=vi({}),oe=e=>Ie(e.component,e),Se=()=>Ei(it.ctx),ur={colon:" : ",open:"« ",close:" »",lawNumber:e=>`Loi n° ${e}`,skip:"Aller au contenu",nav:"Navigation principale",law:"Loi",map:"Carte",timeline:"Chronologie",search:"Recherche",curation:"Curation",language:"Langue",loading:"Chargement…",notFound:"Introuvable",error:"Erreur",stages:"Étapes législatives",events:"Événements",timeAxis:"Axe du temps : étapes et événements",articlesByTheme:"Articles par thème",status:"Statut",parameters:"Mesures à chaque étape",measure:"Mesure",beforeTheLaw:"avant la loi",diff:"Comparer deux moments",diffFrom:"De",diffTo:"À",diffHelp:"Une étape ou une date (AAAA-MM-JJ)",text:"Texte",noText:"Aucune source ne donne le texte à ce moment.",sourceAccount:"Récit d'une source, pas le texte légal",measures:"Mesures",noMeasureChange:"Aucune mesure ne change.",incidents:"Incidents liés",criticisms:"Critiques et soutiens",evidence:"Preuves",source:"Source",reliability:"Fiabilité",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"non confirmé : sources peu fiables seulement",claims:"Affirmations contestées",contested:"contesté",filters:"Filtres",from:"Du",to:"Au",kind:"Type",provision:"Disposition",any:"Tous",markers:(e,t)=>`${e} incident${e>1?"s":""} sur la carte, ${t} sans coordonnées`,basemapCredit:"Fond de carte : Natural Earth 1:50m (domaine public), paquet npm world-atlas.",searchLabel:"Rechercher (français ou anglais)",results:e=>`${e} résultat${e>1?"s":""}`,byRight:"Critiques par droit invoqué",readSource:"Lire la source",citedPassages:e=>`${e} passage${e>1?"s":""} cité${e>1?"s":""}`,supports:"appuie",token:"Jeton d'API",signIn:"Se connecter",signOut:"Se déconnecter",signedIn:"Connecté",linkTitle:"Lier à une disposition, preuve à l'appui",linkWhat:"Quoi lier",criticism:"Critique",incident:"Incident",relation:"Relation",selectPassage:"Sélectionnez le passage dans la source ci-dessous, puis :",useSelection:"Prendre la sélection comme citation",linkSelection:"Lier ce passage à une disposition",quote:"Citation",note:"Note",link:"Lier",linked:"Lien enregistré.",editTitle:"Modifier le résumé d'une critique",summary:"Résumé",version:"Version",save:"Enregistrer",saved:"Enregistré.",conflict:"Conflit : quelqu'un a modifié cet enregistrement depuis votre lecture.",currentRecord:"L'enregistrement actuel",reapply:"Réappliquer ma modification",facility:"Établissement",aliases:"Autres noms",actor:"Acteur",stance:"Position",date:"Date",outcomes:"Bilan",none:"Aucun"},dr={colon:": ",open:"“",close:"”",lawNumber:e=>`Law No. ${e}`,skip:"Skip to content",nav:"Main navigation",law:"Law",map:"Map",timeline:"Timeline",search:"Search",curation:"Curation",language:"Language",loading:"Loading…",notFound:"Not found",error:"Error",stages:"Legislative stages",events:"Events",timeAxis:"Time axis: stages and events",articlesByTheme:"Articles by theme",status:"Status",parameters:"Measures at each stage",measure:"Measure",beforeTheLaw:"before the law",diff:"Compare two moments",diffFrom:"From",diffTo:"To",diffHelp:"A stage or a day (YYYY-MM-DD)",text:"Text",noText:"No source gives the text at that moment.",sourceAccount:"A source's account, not the legal wording",measures:"Measures",noMeasureChange:"No measure changes.",incidents:"Linked incidents",criticisms:"Criticisms and support",evidence:"Evidence",source:"Source",reliability:"Reliability",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"unconfirmed: low-reliability sources only",claims:"Contested claims",contested:"contested",filters:"Filters",from:"From",to:"To",kind:"Kind",provision:"Provision",any:"Any",markers:(e,t)=>`${e} incident${e>1?"s":""} on the map, ${t} without coordinates`,basemapCredit:"Basemap: Natural Earth 1:50m (public domain), npm package world-atlas.",searchLabel:"Search (French or English)",results:e=>`${e} result${e>1?"s":""}`,byRight:"Criticisms by right invoked",readSource:"Read the source",citedPassages:e=>`${e} cited passage${e>1?"s":""}`,supports:"supports",token:"API token",signIn:"Sign in",signOut:"Sign out",signedIn:"Signed in",linkTitle:"Link to a provision, with evidence",linkWhat:"What to link",criticism:"Criticism",incident:"Incident",relation:"Relation",selectPassage:"Select the passage in the source below, then:",useSelection:"Use the selection as the quote",linkSelection:"Link this passage to a provision",quote:"Quote",note:"Note",link:"Link",linked:"Link recorded.",editTitle:"Edit a criticism's summary",summary:"Summary",version:"Version",save:"Save",saved:"Saved.",conflict:"Conflict: someone changed this record since you read it.",currentRecord:"The current record",reapply:"Reapply my change",facility:"Facility",aliases:"Other names",actor:"Actor",stance:"Stance",date:"Date",outcomes:"Outcomes",none:"None"},pr={fr:ur,en:dr},fr={fr:{PROPOSED:"proposé",ADOPTED:"adopté",IN_FORCE:"en vigueur",PARTLY_CENSORED:"partiellement censuré",CENSORED:"censuré",PARTLY_CENSURED:"partiellement censuré",CENSURED:"censuré",DROPPED:"supprimé",REPEALED:"abrogé",DETENTION_REGIME:"Régime de détention",COMMUNICATIONS:"Communications",PROSECUTION:"Poursuites",FACILITIES:"Établissements",INVESTIGATION:"Enquête",ASSETS:"Avoirs",PUBLIC_ORDER:"Ordre public",PROCEDURE:"Procédure",MONEY_LAUNDERING:"Blanchiment",INFORMANTS:"Repentis et informateurs",LOCAL_POWERS:"Pouvoirs des maires et préfets",CUSTOMS_PORTS:"Douanes et ports",UNKNOWN:"Contenu non encore documenté",HIGH:"élevée",MEDIUM:"moyenne",LOW:"faible",UNRELIABLE:"non fiable",UNRATED:"non évaluée",ARSON:"incendie",GUNFIRE:"tirs",VANDALISM:"vandalisme",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"émeute",ASSAULT:"agression",SMUGGLING:"contrebande",ESCAPE_ATTEMPT:"tentative d'évasion",OTHER:"autre",OPPOSES:"s'oppose",CONCERNED:"inquiet",SUPPORTS:"soutient",DEMANDS_ACTION:"demande d'agir",LEGISLATIVE_STAGE:"étape",INCIDENT:"incident",STATEMENT:"déclaration",LIFECYCLE_EVENT:"événement",REACTION_TO_PROVISION:"réaction à la disposition",CITED_AS_JUSTIFICATION:"invoqué comme justification",COINCIDED_WITH_DEBATE:"pendant le débat",PROVISION:"disposition",CRITICISM:"critique",FACILITY:"établissement",ACTOR:"acteur",SOURCE:"source",LAW:"loi",GENERATION:"promulgation",AMENDMENT:"modification",CENSURE:"censure",PARTIAL_CENSURE:"censure partielle",RESERVATION:"réserve d'interprétation",REPEAL:"abrogation",IMPLEMENTING_DECREE:"décret d'application",ENTRY_INTO_FORCE:"entrée en vigueur",FACILITY_OPENING:"ouverture d'un établissement",COURT_DECISION:"décision de justice",ASSESSMENT:"évaluation",BODY_ESTABLISHED:"installation d'un organe"},en:{PROPOSED:"proposed",ADOPTED:"adopted",IN_FORCE:"in force",PARTLY_CENSORED:"partly censured",CENSORED:"censured",PARTLY_CENSURED:"partly censured",CENSURED:"censured",DROPPED:"dropped",REPEALED:"repealed",DETENTION_REGIME:"Detention regime",COMMUNICATIONS:"Communications",PROSECUTION:"Prosecution",FACILITIES:"Facilities",INVESTIGATION:"Investigation",ASSETS:"Assets",PUBLIC_ORDER:"Public order",PROCEDURE:"Procedure",MONEY_LAUNDERING:"Money laundering",INFORMANTS:"Informants and collaborators of justice",LOCAL_POWERS:"Powers of mayors and prefects",CUSTOMS_PORTS:"Customs and ports",UNKNOWN:"Content not yet documented",HIGH:"high",MEDIUM:"medium",LOW:"low",UNRELIABLE:"unreliable",UNRATED:"unrated",ARSON:"arson",GUNFIRE:"gunfire",VANDALISM:"vandalism",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"riot",ASSAULT:"assault",SMUGGLING:"smuggling",ESCAPE_ATTEMPT:"escape attempt",OTHER:"other",OPPOSES:"opposes",CONCERNED:"concerned",SUPPORTS:"supports",DEMANDS_ACTION:"demands action",LEGISLATIVE_STAGE:"stage",INCIDENT:"incident",STATEMENT:"statement",LIFECYCLE_EVENT:"event",REACTION_TO_PROVISION:"reaction to the provision",CITED_AS_JUSTIFICATION:"cited as justification",COINCIDED_WITH_DEBATE:"during the debate",PROVISION:"provision",CRITICISM:"criticism",FACILITY:"facility",ACTOR:"actor",SOURCE:"source",LAW:"law",GENERATION:"promulgation",AMENDMENT:"amendment",CENSURE:"censure",PARTIAL_CENSURE:"partial censure",RESERVATION:"interpretive reservation",REPEAL:"repeal",IMPLEMENTING_DECREE:"implementing decree",ENTRY_INTO_FORCE:"entry into force",FACILITY_OPENING:"facility opening",COURT_DECISION:"court decision",ASSESSMENT:"assessment",BODY_ESTABLISHED:"body established"}};function hr(){const{query:e}=Se();return e.lang==="en"?"en":"fr"}function z(){const e=hr();return{t:pr[e],lang:e,label:t=>fr[e][t]??t,href:(t,n)=>gr(e,t,n)}}function gr(e,t,n={}){const i=new URLSearchParams;for(const[l,o]of Object.entries(n))o&&i.set(l,o);e==="en"&&i.set("lang","en");const s=i.toString();return`/app${t}${s?`?${s}`:""}`}function re(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function $e(e){return re(e)==="object"}function mr(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function An(e,t){return e.length<124?e:t}const _r="graphql-transport-ws";var se=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(se||{}),ae=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(ae||{});function Ii(e){if(!$e(e))throw new Error(`Message is expected to be an object, but got ${re(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${re(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!$e(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!$e(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${re(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${re(e.payload.query)}`);if(e.payload.variables!=null&&!$e(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${re(e.payload.variables)}`);if(e.payload.operationName!=null&&re(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${re(e.payload.operationName)}`);if(e.payload.extensions!=null&&!$e(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${re(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!$e(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${re(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!mr(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function yr(e,t){return Ii(typeof e=="string"?JSON.parse(e,t):e)}function Me(e,t){return Ii(e),JSON.stringify(e,t)}function vr(e){const{url:t,connectionParams:n,lazy:i=!0,onNonLazyError:s=console.error,lazyCloseTimeout:l=0,keepAlive:o=0,disablePong:a,connectionAckWaitTimeout:d=0,retryAttempts:p=5,retryWait:u=async function(_){const w=Math.pow(2,_);await new Promise(q=>setTimeout(q,w*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:f=At,on:c,webSocketImpl:h,generateID:g=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,_=>{const w=Math.random()*16|0;return(_=="x"?w:w&3|8).toString(16)})},jsonMessageReplacer:m,jsonMessageReviver:y}=e;let E;if(h){if(!Sr(h))throw new Error("Invalid WebSocket implementation provided");E=h}else typeof WebSocket<"u"?E=WebSocket:typeof global<"u"?E=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(E=window.WebSocket||window.MozWebSocket);if(!E)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const b=E,S=(()=>{const I=(()=>{const w={};return{on(q,L){return w[q]=L,()=>{delete w[q]}},emit(q){"id"in q&&w[q.id]?.(q)}}})(),_={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[I.emit,c.message]:[I.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:I.on,on(w,q){const L=_[w];return L.push(q),()=>{const D=L.indexOf(q);D>-1&&L.splice(D,1)}},emit(w,...q){for(const L of[..._[w]])L(...q)}}})();function v(I){const _=[S.on("error",w=>{_.forEach(q=>q()),I(w)}),S.on("closed",w=>{_.forEach(q=>q()),I(w)})];return()=>_.forEach(w=>w())}let $,C=0,O,R=!1,T=0,P=!1;async function N(){clearTimeout(O);const[I,_]=await($??($=new Promise((L,D)=>(async()=>{if(R){if(await u(T),!C)return $=void 0,D({code:1e3,reason:"All Subscriptions Gone"});T++}S.emit("connecting",R);const k=new b(typeof t=="function"?await t():t,_r);let Q,ne;function ie(){isFinite(o)&&o>0&&(clearTimeout(ne),ne=setTimeout(()=>{k.readyState===b.OPEN&&(k.send(Me({type:ae.Ping})),S.emit("ping",!1,void 0))},o))}v(G=>{$=void 0,clearTimeout(Q),clearTimeout(ne),D(G),G instanceof Dn&&(k.close(4499,"Terminated"),k.onerror=null,k.onclose=null)}),k.onerror=G=>S.emit("error",G),k.onclose=G=>S.emit("closed",G),k.onopen=async()=>{try{S.emit("opened",k);const G=typeof n=="function"?await n():n;if(k.readyState!==b.OPEN)return;k.send(Me(G?{type:ae.ConnectionInit,payload:G}:{type:ae.ConnectionInit},m)),isFinite(d)&&d>0&&(Q=setTimeout(()=>{k.close(se.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},d)),ie()}catch(G){S.emit("error",G),k.close(se.InternalClientError,An(G instanceof Error?G.message:String(G),"Internal client error"))}};let he=!1;k.onmessage=({data:G})=>{try{const Z=yr(G,y);if(S.emit("message",Z),Z.type==="ping"||Z.type==="pong"){S.emit(Z.type,!0,Z.payload),Z.type==="pong"?ie():a||(k.send(Me(Z.payload?{type:ae.Pong,payload:Z.payload}:{type:ae.Pong},m)),S.emit("pong",!1,Z.payload));return}if(he)return;if(Z.type!==ae.ConnectionAck)throw new Error(`First message cannot be of type ${Z.type}`);clearTimeout(Q),he=!0,S.emit("connected",k,Z.payload,R),R=!1,T=0;const Sn=new Promise((Ns,Ki)=>v(Ki));Sn.catch(()=>{}),L([k,Sn])}catch(Z){k.onmessage=null,S.emit("error",Z),k.close(se.BadResponse,An(Z instanceof Error?Z.message:String(Z),"Bad response"))}}})())));I.readyState===b.CLOSING&&await _;let w=()=>{};const q=new Promise(L=>w=L);return[I,w,new Promise((L,D)=>{const k=v(D);I.readyState!==b.OPEN&&_.catch(D),q.then(()=>{if(k(),!C){const Q=()=>I.close(1e3,"Normal Closure");isFinite(l)&&l>0?(clearTimeout(O),O=setTimeout(()=>{!C&&I.readyState===b.OPEN&&Q()},l)):Q()}L()})})]}function X(I){if(At(I)&&(br(I.code)||[se.InternalServerError,se.InternalClientError,se.BadRequest,se.BadResponse,se.Unauthorized,se.SubprotocolNotAcceptable,se.SubscriberAlreadyExists,se.TooManyInitialisationRequests].includes(I.code)))throw I;if(P)return!1;if(At(I)&&I.code===1e3)return C>0;if(!p||T>=p||!f(I))throw I;return R=!0}i||(async()=>{for(C++;;)try{const[,,I]=await N();await I}catch(I){try{if(!X(I))return}catch(_){return s?.(_)}}})();function U(I,_){const w=g(I);let q=!1,L=!1,D=()=>{C--,q=!0};return(async()=>{for(C++;;)try{const[k,Q,ne]=await N();if(q)return ne.catch(()=>{}),Q();const ie=S.onMessage(w,he=>{switch(he.type){case ae.Next:{_.next(he.payload);return}case ae.Error:{L=!0,q=!0,_.error(he.payload),D();return}case ae.Complete:{q=!0,D();return}}});k.send(Me({id:w,type:ae.Subscribe,payload:I},m)),D=()=>{!q&&k.readyState===b.OPEN&&k.send(Me({id:w,type:ae.Complete},m)),C--,q=!0,Q()},await ne.finally(ie);return}catch(k){if(!X(k))return}})().then(()=>{L||_.complete()}).catch(k=>{_.error(k)}),()=>{q||D()}}return{on:S.on,subscribe:U,iterate(I){const _=[],w={done:!1,error:null,resolve:()=>{}},q=U(I,{next(D){_.push(D),w.resolve()},error(D){w.done=!0,w.error=D,w.resolve()},complete(){w.done=!0,w.resolve()}}),L=(async function*(){for(;;){for(_.length||await new Promise(k=>w.resolve=k);_.length;)yield _.shift();if(w.error)throw w.error;if(w.done)return}})();return L.throw=async D=>(w.done||(w.done=!0,w.error=D,w.resolve()),{done:!0,value:void 0}),L.return=async()=>(q(),{done:!0,value:void 0}),L},async dispose(){if(P=!0,$){const[I]=await $;I.close(1e3,"Normal Closure")}},terminate(){$&&S.emit("closed",new Dn)}}}class Dn extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function At(e){return $e(e)&&"code"in e&&"reason"in e}function br(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function Sr(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class je extends Error{constructor(t){super(t.map(n=>n.message).join("; ")),this.errors=t}get code(){return this.errors[0]?.extensions?.code}}async function Ke(e,t,n){const i={"content-type":"application/json"};n&&(i.authorization=`Bearer ${n}`);const s=await fetch("/graphql",{method:"POST",headers:i,body:JSON.stringify({query:e.toString(),variables:t})}),l=await s.json().catch(()=>({}));if(!s.ok&&!l.errors?.length)throw new je([{message:`HTTP ${s.status} from /graphql`}]);if(l.errors?.length)throw new je(l.errors);return l.data}let at;const Dt=new Set,Er="subscription { changes { id entityType entitySlug related } }";function wr(e){if(Dt.add(e),!at){const t=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/ws`;at=vr({url:t,retryAttempts:1/0,lazy:!1}),at.subscribe({query:Er},{next:n=>{const i=n.data?.changes;i&&Dt.forEach(s=>s(i))},error:()=>{},complete:()=>{}}),at.on("connected",()=>document.documentElement.setAttribute("data-live","connected"))}return()=>{Dt.delete(e)}}function de({citations:e}){const{t,label:n,href:i}=z();return e.length===0?null:r("ul",{class:"evidence","aria-label":t.evidence,children:e.map(s=>r("li",{children:[r("blockquote",{children:r("a",{class:"quote",href:i(`/sources/${s.source.slug}`,{quote:s.quote}),children:[t.open,s.quote,t.close]})}),r("span",{class:"cite",children:[s.source.title," · ",t.reliability,t.colon,r("span",{class:`rel rel-${s.source.reliability}`,children:n(s.source.reliability)}),s.note?` · ${s.note}`:""]})]}))})}function ke({value:e}){const{t,label:n}=z(),i=e.onlyLowReliability;return r("span",{class:`badge ${i?"badge-weak":"badge-ok"}`,title:t.corroboration,children:[t.corroboration,t.colon,t.sources(e.sourceCount),e.bestReliability?` · ${n(e.bestReliability)}`:"",i?` · ${t.unconfirmed}`:""]})}function $r({text:e}){const t=e.split(/\[\[|\]\]/);return r("span",{class:"snippet",children:t.map((n,i)=>i%2===1?r("mark",{children:n}):n)})}function Je({value:e}){const{label:t}=z();return r("span",{class:`status status-${e}`,children:t(e)})}function fe({query:e,children:t}){const{t:n}=z();if(e.data)return Ir(),r(M,{children:t(e.data)});if(e.error){const i=e.error instanceof je?` (${e.error.code??""})`:"";return r("p",{role:"alert",class:"error",children:[n.error,i,n.colon,e.error.message]})}return r("p",{"aria-busy":"true",children:n.loading})}function Ir(){performance.getEntriesByName("lawtracker:first-render").length===0&&requestAnimationFrame(()=>{performance.getEntriesByName("lawtracker:first-render").length===0&&performance.mark("lawtracker:first-render")})}function Cr(){const{t:e}=z();return r("h1",{children:e.notFound})}class Y extends String{constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}}const Tr=new Y(`
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
    `,{fragmentName:"NodeLink"}),Nr=new Y(`
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
    `),qr=new Y(`
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
    `),Rr=new Y(`
    query CurationSource($slug: ID!) {
  source(id: $slug) {
    slug
    title
    text
  }
}
    `),Pr=new Y(`
    mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
  linkCriticism(criticism: $criticism, input: $input) {
    revision {
      id
      operation
    }
  }
}
    `),Or=new Y(`
    mutation LinkIncident($input: IncidentLinkInput!) {
  linkIncident(input: $input) {
    revision {
      id
      operation
    }
  }
}
    `),kr=new Y(`
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
    `),Lr=new Y(`
    mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
  updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) {
    revision {
      id
    }
  }
}
    `),Ar=new Y(`
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
    `),Dr=new Y(`
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
    `),xr=new Y(`
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
    `),Mr=new Y(`
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
    `),Fr=new Y(`
    query MapPage($filter: IncidentFilterInput) {
  incidentsGeojson(filter: $filter)
  provisions(first: 100) {
    nodes {
      slug
      heading
    }
  }
}
    `),Ur=new Y(`
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
    `),Hr=new Y(`
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
    `),Wr=new Y(`
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
    `),Br=new Y(`
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
    `),Gr=new Y(`
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
    `),Vr=new Y(`
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
    `),zr=new Y(`
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
}`),Yr=new Y(`
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
    `),jr=new Y(`
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
}`),Kr={"\n  query ActorPage($slug: ID!) {\n    actor(id: $slug) {\n      slug name kind description\n      citations { quote note source { slug title reliability } }\n      criticisms(first: 100) {\n        nodes {\n          slug stance rights summary quote statedOn\n          provisions { provision { slug heading } }\n          citations { quote note source { slug title reliability } }\n        }\n      }\n    }\n  }\n":Nr,"\n  query CurationChoices {\n    provisions(first: 100) { nodes { slug heading } }\n    criticisms(first: 100) { nodes { slug summary author { name } } }\n    incidents(first: 100) { nodes { slug title occurredOn } }\n    sources(first: 100) { nodes { slug title } }\n  }\n":qr,"\n  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }\n":Rr,"\n  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {\n    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } }\n  }\n":Pr,"\n  mutation LinkIncident($input: IncidentLinkInput!) {\n    linkIncident(input: $input) { revision { id operation } }\n  }\n":Or,"\n  query EditCriticism($slug: ID!) {\n    criticism(id: $slug) {\n      slug version stance rights summary quote statedOn\n      author { slug }\n      citations { quote note source { slug } }\n    }\n  }\n":kr,"\n  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {\n    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } }\n  }\n":Lr,"\n  query IncidentPage($slug: ID!) {\n    incident(id: $slug) {\n      slug title summary occurredOn timeOfDay kinds place campaign\n      facility { slug name city }\n      investigatingBody { slug name }\n      outcomes { display name citations { quote note source { slug title reliability } } }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { relation provision { slug heading } citations { quote note source { slug title reliability } } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":Ar,"\n  query FacilityPage($slug: ID!) {\n    facility(id: $slug) {\n      slug name kind city aliases latitude longitude coordinatesNote\n      citations { quote note source { slug title reliability } }\n      incidents(first: 100) { nodes { slug title occurredOn kinds } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":Dr,"\n  query CriticismPage($slug: ID!) {\n    criticism(id: $slug) {\n      slug stance rights summary quote statedOn version\n      author { slug name }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { provision { slug heading } citations { quote note source { slug title reliability } } }\n    }\n  }\n":xr,"\n  query LawPage($lang: Language) {\n    laws(first: 1) {\n      nodes {\n        slug\n        number\n        title(lang: $lang) { text }\n        status\n        summary\n        stages { slug occurredOn kind chamber outcome description }\n        events { slug kind occurredOn title provision { slug } }\n        provisions(first: 100) { nodes { slug article heading theme status } }\n      }\n    }\n  }\n":Mr,"\n  query MapPage($filter: IncidentFilterInput) {\n    incidentsGeojson(filter: $filter)\n    provisions(first: 100) { nodes { slug heading } }\n  }\n":Fr,"\n  query LawCitations {\n    laws(first: 5) {\n      nodes {\n        slug titleFr citations { quote source { slug } }\n        stages { slug description citations { quote source { slug } } }\n        events { slug title provision { slug } citations { quote source { slug } } }\n        claims { question claims { value citations { quote source { slug } } } }\n      }\n    }\n    facilities(first: 100) { nodes { slug name citations { quote source { slug } } } }\n    actors(first: 100) { nodes { slug name citations { quote source { slug } } } }\n  }\n":Ur,"\n  query ProvisionCitations {\n    provisions(first: 100) {\n      nodes {\n        slug heading citations { quote source { slug } }\n        parameters { label citations { quote source { slug } } }\n        texts { text source { slug } }\n      }\n    }\n  }\n":Hr,"\n  query IncidentCitations {\n    incidents(first: 100) {\n      nodes {\n        slug title citations { quote source { slug } }\n        outcomes { name citations { quote source { slug } } }\n        provisions { provision { slug heading } citations { quote source { slug } } }\n      }\n    }\n  }\n":Wr,"\n  query CriticismCitations {\n    criticisms(first: 100) {\n      nodes {\n        slug summary citations { quote source { slug } }\n        provisions { provision { slug heading } citations { quote source { slug } } }\n      }\n    }\n  }\n":Br,"\n  fragment NodeLink on Node {\n    __typename\n    ... on Provision { slug }\n    ... on Incident { slug }\n    ... on Criticism { slug }\n    ... on Facility { slug }\n    ... on Actor { slug }\n    ... on Source { slug }\n    ... on Law { slug }\n  }\n":Tr,"\n  query ProvisionPage($slug: ID!) {\n    provision(id: $slug) {\n      slug article heading summary status theme version\n      law { stages { slug occurredOn description } }\n      events { slug kind occurredOn title }\n      parameters { name label display baseline stage { slug occurredOn } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      citations { quote note source { slug title reliability } }\n      incidents {\n        relation note\n        incident { slug title occurredOn facility { name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      criticisms {\n        note\n        criticism { slug stance summary rights author { slug name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      claims {\n        slug question contested\n        claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } }\n      }\n    }\n  }\n":Gr,"\n  query ProvisionDiff($slug: ID!, $from: String!, $to: String!) {\n    provision(id: $slug) {\n      diff(from: $from, to: $to) {\n        from to statusFrom statusTo\n        measures { name from { label display beforeTheLaw } to { label display beforeTheLaw } }\n        textFrom { kind text source { slug title } }\n        textTo { kind text source { slug title } }\n        text { change text }\n      }\n    }\n  }\n":Vr,"\n  query SearchPage($q: String!) {\n    search(query: $q, first: 30) {\n      totalCount\n      nodes { type slug title snippet node { id ...NodeLink } }\n    }\n  }\n":zr,"\n  query SourcePage($slug: ID!) {\n    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }\n  }\n":Yr,"\n  query TimelinePage($from: Date, $to: Date) {\n    timeline(from: $from, to: $to, first: 100) {\n      type date datePrecision title slug\n      node { id ...NodeLink }\n    }\n  }\n":jr};function j(e){return Kr[e]??{}}function ee(e,t,n=!0){const i=JSON.stringify(t),[s,l]=ce({loading:!0}),[o,a]=ce(0);return Le(()=>{let d=!0;return l(p=>({...p,loading:!0})),Ke(e,t).then(p=>d&&l({data:p,loading:!1})).catch(p=>d&&l({error:p,loading:!1})),()=>{d=!1}},[i,o]),Le(()=>{if(!n)return;let d;const p=wr(()=>{clearTimeout(d),d=setTimeout(()=>a(u=>u+1),150)});return()=>{clearTimeout(d),p()}},[n]),{...s,reload:()=>a(d=>d+1)}}const Jr=j(`
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
`);function wt(e){const[t,n="1",i="1"]=e.split("-");return Date.UTC(Number(t),Number(n)-1,Number(i))/864e5}function Qr({items:e,label:t}){if(e.length===0)return null;const n=e.map(a=>wt(a.date)),i=Math.min(...n),s=Math.max(...n),l=1e3,o=a=>20+(a-i)/Math.max(1,s-i)*(l-40);return r("figure",{class:"axis",children:r("svg",{viewBox:`0 0 ${l} 60`,role:"img","aria-label":t,children:[r("line",{x1:"20",x2:l-20,y1:"30",y2:"30",stroke:"#333"}),e.map((a,d)=>r("circle",{cx:o(wt(a.date)),cy:a.kind==="stage"?22:38,r:"5",class:a.kind==="stage"?"dot-stage":"dot-event","data-index":d,children:r("title",{children:`${a.date} — ${a.label}`})})),r("text",{x:"20",y:"56",class:"axis-label",children:e[0]?.date}),r("text",{x:l-20,y:"56","text-anchor":"end",class:"axis-label",children:e[e.length-1]?.date})]})})}function xn(){const{t:e,lang:t,label:n,href:i}=z(),s=ee(Jr,{lang:t==="en"?"EN":"FR"});return r(fe,{query:s,children:l=>{const o=l.laws.nodes[0];if(!o)return r("p",{children:e.notFound});const a=[...o.stages.map(u=>({key:u.slug,date:u.occurredOn,label:u.description,kind:"stage"})),...o.events.map(u=>({key:u.slug,date:u.occurredOn,label:u.title,kind:"event"}))].sort((u,f)=>wt(u.date)-wt(f.date)),d=new Map;for(const u of o.provisions.nodes)d.set(u.theme,[...d.get(u.theme)??[],u]);const p=[...d.entries()].sort(([u],[f])=>+(u==="UNKNOWN")-+(f==="UNKNOWN"));return r(M,{children:[r("h1",{children:o.title.text}),r("p",{children:[o.number?`${e.lawNumber(o.number)} · `:"",e.status,e.colon,r(Je,{value:o.status})]}),r("p",{children:o.summary}),r("h2",{children:e.timeAxis}),r(Qr,{items:a,label:e.timeAxis}),r("p",{class:"legend",children:[r("span",{class:"key key-stage","aria-hidden":"true"})," ",e.stages," · ",r("span",{class:"key key-event","aria-hidden":"true"})," ",e.events]}),r("ol",{class:"chrono",children:a.map(u=>r("li",{class:`chrono-${u.kind}`,children:[r("time",{children:u.date})," ",r("span",{class:`tag tag-${u.kind}`,children:n(u.kind==="stage"?"LEGISLATIVE_STAGE":"LIFECYCLE_EVENT")})," ",u.label]}))}),r("h2",{children:e.articlesByTheme}),p.map(([u,f])=>r("section",{class:"theme",children:[r("h3",{children:n(u)}),r("ul",{children:f.map(c=>r("li",{children:[r("a",{href:i(`/provisions/${c.slug}`),children:[c.article?`${c.article} — `:"",c.heading]})," ",r(Je,{value:c.status})]}))})]}))]})}})}function _n({claims:e}){const{t}=z();return e.length===0?null:r("section",{children:[r("h2",{children:t.claims}),e.map(n=>r("div",{class:"claim-question",children:[r("h3",{children:[n.question," ",n.contested&&r("span",{class:"badge badge-weak",children:t.contested})]}),r("div",{class:"side-by-side",children:n.claims.map(i=>r("div",{class:"claim",children:[r("p",{class:"claim-value",children:i.value}),r(ke,{value:i.corroboration}),r(de,{citations:i.citations})]}))})]}))]})}const Xr=j(`
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
`),Zr=j(`
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
`);function eo(e){const t=new Date(`${e.length===10?e:`${e}-01`.slice(0,10)}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()-1),t.toISOString().slice(0,10)}function to({parameters:e,stages:t}){const{t:n}=z();if(e.length===0)return null;const i=[...new Set(e.map(l=>l.name))],s=t.filter(l=>e.some(o=>o.stage?.slug===l.slug));return r("table",{class:"parameters",children:[r("caption",{children:n.parameters}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:n.measure}),r("th",{scope:"col",children:n.beforeTheLaw}),s.map(l=>r("th",{scope:"col",children:[r("time",{children:l.occurredOn}),r("br",{}),l.slug]}))]})}),r("tbody",{children:i.map(l=>{const o=e.filter(a=>a.name===l);return r("tr",{children:[r("th",{scope:"row",children:o[0].label}),r("td",{children:o.find(a=>a.baseline)?.baseline??""}),s.map(a=>r("td",{children:o.filter(d=>d.stage?.slug===a.slug).map(d=>d.display).join(" · ")}))]})})})]})}function no({slug:e,from:t,to:n}){const{t:i}=z(),s=ee(Zr,{slug:e,from:t,to:n});return r(fe,{query:s,children:l=>{const o=l.provision?.diff;return o?r("div",{class:"diff","aria-live":"polite",children:[r("p",{children:[o.from," → ",o.to," · ",i.status,i.colon,o.statusFrom?r(Je,{value:o.statusFrom}):"—"," → ",o.statusTo?r(Je,{value:o.statusTo}):"—"]}),r("h3",{children:i.measures}),o.measures.length===0?r("p",{children:i.noMeasureChange}):r("table",{class:"measures",children:[r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:i.measure}),r("th",{scope:"col",children:o.from}),r("th",{scope:"col",children:o.to})]})}),r("tbody",{children:o.measures.map(a=>r("tr",{class:"measure-change","data-name":a.name,children:[r("th",{scope:"row",children:a.from?.label??a.to?.label??a.name}),r("td",{class:"measure-from",children:r("del",{children:a.from?.display??"—"})}),r("td",{class:"measure-to",children:r("ins",{children:a.to?.display??"—"})})]}))})]}),r("h3",{children:i.text}),o.text.length===0?r("p",{children:i.noText}):r(M,{children:[[o.textFrom,o.textTo].some(a=>a?.kind==="SOURCE_ACCOUNT")&&r("p",{class:"note",children:i.sourceAccount}),r("p",{class:"text-diff",children:o.text.map(a=>a.change==="DELETED"?r("del",{children:a.text}):a.change==="INSERTED"?r("ins",{children:a.text}):r("span",{children:a.text}))})]})]}):null}})}function io({slug:e}){const{t,label:n,href:i}=z(),{query:s,path:l,route:o}=Se(),a=ee(Xr,{slug:e});return r(fe,{query:a,children:d=>{const p=d.provision;if(!p)return r("h1",{children:t.notFound});const u=p.law.stages,f=u[0]?eo(u[0].occurredOn):"2000-01-01",c=s.from||f,h=s.to||(u.find(m=>m.slug==="promulgation")??u[u.length-1])?.slug||f,g=m=>{m.preventDefault();const y=new FormData(m.currentTarget),E=new URLSearchParams(s);E.set("from",String(y.get("from"))),E.set("to",String(y.get("to"))),o(`${l}?${E}`)};return r(M,{children:[r("h1",{children:[p.article?`${p.article} — `:"",p.heading]}),r("p",{children:[t.status,t.colon,r(Je,{value:p.status})," · ",n(p.theme)," · ",r(ke,{value:p.corroboration})]}),r("p",{children:p.summary}),r(de,{citations:p.citations}),p.events.length>0&&r(M,{children:[r("h2",{children:t.events}),r("ul",{children:p.events.map(m=>r("li",{children:[r("time",{children:m.occurredOn})," ",m.title]}))})]}),r(to,{parameters:p.parameters,stages:u}),r("h2",{children:t.diff}),r("form",{class:"diff-form",onSubmit:g,children:[r("datalist",{id:"moments",children:[r("option",{value:f,children:t.beforeTheLaw}),u.map(m=>r("option",{value:m.slug,children:[m.occurredOn," — ",m.description]}))]}),r("label",{children:[t.diffFrom," ",r("input",{name:"from",list:"moments",defaultValue:c,"aria-describedby":"diff-help"})]}),r("label",{children:[t.diffTo," ",r("input",{name:"to",list:"moments",defaultValue:h,"aria-describedby":"diff-help"})]}),r("button",{type:"submit",children:t.diff}),r("small",{id:"diff-help",children:t.diffHelp})]},`${c}|${h}`),r(no,{slug:p.slug,from:c,to:h}),r("h2",{children:t.incidents}),p.incidents.length===0?r("p",{children:t.none}):r("ul",{class:"links",children:p.incidents.map(m=>r("li",{children:[r("a",{href:i(`/incidents/${m.incident.slug}`),children:m.incident.title})," (",m.incident.occurredOn,m.incident.facility?`, ${m.incident.facility.name}`:"",") · ",n(m.relation)," · ",r(ke,{value:m.corroboration}),m.note&&r("p",{class:"note",children:m.note}),r(de,{citations:m.citations})]}))}),r("h2",{children:t.criticisms}),p.criticisms.length===0?r("p",{children:t.none}):r("ul",{class:"links criticisms",children:p.criticisms.map(m=>r("li",{"data-slug":m.criticism.slug,children:[r("a",{href:i(`/actors/${m.criticism.author.slug}`),children:m.criticism.author.name})," · ",n(m.criticism.stance)," ·"," ",r("a",{href:i(`/criticisms/${m.criticism.slug}`),children:m.criticism.summary})," · ",r(ke,{value:m.corroboration}),r(de,{citations:m.citations})]}))}),r(_n,{claims:p.claims})]})}})}function mt(e,t){return e==null||t==null?NaN:e<t?-1:e>t?1:e>=t?0:NaN}function ro(e,t){return e==null||t==null?NaN:t<e?-1:t>e?1:t>=e?0:NaN}function Ci(e){let t,n,i;e.length!==2?(t=mt,n=(a,d)=>mt(e(a),d),i=(a,d)=>e(a)-d):(t=e===mt||e===ro?e:oo,n=e,i=e);function s(a,d,p=0,u=a.length){if(p<u){if(t(d,d)!==0)return u;do{const f=p+u>>>1;n(a[f],d)<0?p=f+1:u=f}while(p<u)}return p}function l(a,d,p=0,u=a.length){if(p<u){if(t(d,d)!==0)return u;do{const f=p+u>>>1;n(a[f],d)<=0?p=f+1:u=f}while(p<u)}return p}function o(a,d,p=0,u=a.length){const f=s(a,d,p,u-1);return f>p&&i(a[f-1],d)>-i(a[f],d)?f-1:f}return{left:s,center:o,right:l}}function oo(){return 0}function so(e){return e===null?NaN:+e}Ci(mt);Ci(so).center;class Ne{constructor(){this._partials=new Float64Array(32),this._n=0}add(t){const n=this._partials;let i=0;for(let s=0;s<this._n&&s<32;s++){const l=n[s],o=t+l,a=Math.abs(t)<Math.abs(l)?t-(o-l):l-(o-t);a&&(n[i++]=a),t=o}return n[i]=t,this._n=i+1,this}valueOf(){const t=this._partials;let n=this._n,i,s,l,o=0;if(n>0){for(o=t[--n];n>0&&(i=o,s=t[--n],o=i+s,l=s-(o-i),!l););n>0&&(l<0&&t[n-1]<0||l>0&&t[n-1]>0)&&(s=l*2,i=o+s,s==i-o&&(o=i))}return o}}function*ao(e){for(const t of e)yield*t}function Ti(e){return Array.from(ao(e))}var x=1e-6,A=Math.PI,J=A/2,Mn=A/4,pe=A*2,ge=180/A,te=A/180,B=Math.abs,yn=Math.atan,Ae=Math.atan2,W=Math.cos,lo=Math.exp,Yt=Math.log,xt=Math.pow,V=Math.sin,Ue=Math.sign||function(e){return e>0?1:e<0?-1:0},we=Math.sqrt,Ni=Math.tan;function co(e){return e>1?0:e<-1?A:Math.acos(e)}function Qe(e){return e>1?J:e<-1?-J:Math.asin(e)}function ue(){}function $t(e,t){e&&Un.hasOwnProperty(e.type)&&Un[e.type](e,t)}var Fn={Feature:function(e,t){$t(e.geometry,t)},FeatureCollection:function(e,t){for(var n=e.features,i=-1,s=n.length;++i<s;)$t(n[i].geometry,t)}},Un={Sphere:function(e,t){t.sphere()},Point:function(e,t){e=e.coordinates,t.point(e[0],e[1],e[2])},MultiPoint:function(e,t){for(var n=e.coordinates,i=-1,s=n.length;++i<s;)e=n[i],t.point(e[0],e[1],e[2])},LineString:function(e,t){jt(e.coordinates,t,0)},MultiLineString:function(e,t){for(var n=e.coordinates,i=-1,s=n.length;++i<s;)jt(n[i],t,0)},Polygon:function(e,t){Hn(e.coordinates,t)},MultiPolygon:function(e,t){for(var n=e.coordinates,i=-1,s=n.length;++i<s;)Hn(n[i],t)},GeometryCollection:function(e,t){for(var n=e.geometries,i=-1,s=n.length;++i<s;)$t(n[i],t)}};function jt(e,t,n){var i=-1,s=e.length-n,l;for(t.lineStart();++i<s;)l=e[i],t.point(l[0],l[1],l[2]);t.lineEnd()}function Hn(e,t){var n=-1,i=e.length;for(t.polygonStart();++n<i;)jt(e[n],t,1);t.polygonEnd()}function Pe(e,t){e&&Fn.hasOwnProperty(e.type)?Fn[e.type](e,t):$t(e,t)}function Kt(e){return[Ae(e[1],e[0]),Qe(e[2])]}function De(e){var t=e[0],n=e[1],i=W(n);return[i*W(t),i*V(t),V(n)]}function lt(e,t){return e[0]*t[0]+e[1]*t[1]+e[2]*t[2]}function It(e,t){return[e[1]*t[2]-e[2]*t[1],e[2]*t[0]-e[0]*t[2],e[0]*t[1]-e[1]*t[0]]}function Mt(e,t){e[0]+=t[0],e[1]+=t[1],e[2]+=t[2]}function ct(e,t){return[e[0]*t,e[1]*t,e[2]*t]}function Jt(e){var t=we(e[0]*e[0]+e[1]*e[1]+e[2]*e[2]);e[0]/=t,e[1]/=t,e[2]/=t}function Qt(e,t){function n(i,s){return i=e(i,s),t(i[0],i[1])}return e.invert&&t.invert&&(n.invert=function(i,s){return i=t.invert(i,s),i&&e.invert(i[0],i[1])}),n}function Xt(e,t){return B(e)>A&&(e-=Math.round(e/pe)*pe),[e,t]}Xt.invert=Xt;function uo(e,t,n){return(e%=pe)?t||n?Qt(Bn(e),Gn(t,n)):Bn(e):t||n?Gn(t,n):Xt}function Wn(e){return function(t,n){return t+=e,B(t)>A&&(t-=Math.round(t/pe)*pe),[t,n]}}function Bn(e){var t=Wn(e);return t.invert=Wn(-e),t}function Gn(e,t){var n=W(e),i=V(e),s=W(t),l=V(t);function o(a,d){var p=W(d),u=W(a)*p,f=V(a)*p,c=V(d),h=c*n+u*i;return[Ae(f*s-h*l,u*n-c*i),Qe(h*s+f*l)]}return o.invert=function(a,d){var p=W(d),u=W(a)*p,f=V(a)*p,c=V(d),h=c*s-f*l;return[Ae(f*s+c*l,u*n+h*i),Qe(h*n-u*i)]},o}function po(e,t,n,i,s,l){if(n){var o=W(t),a=V(t),d=i*n;s==null?(s=t+i*pe,l=t-d/2):(s=Vn(o,s),l=Vn(o,l),(i>0?s<l:s>l)&&(s+=i*pe));for(var p,u=s;i>0?u>l:u<l;u-=d)p=Kt([o,-a*W(u),-a*V(u)]),e.point(p[0],p[1])}}function Vn(e,t){t=De(t),t[0]-=e,Jt(t);var n=co(-t[1]);return((-t[2]<0?-n:n)+pe-x)%pe}function qi(){var e=[],t;return{point:function(n,i,s){t.push([n,i,s])},lineStart:function(){e.push(t=[])},lineEnd:ue,rejoin:function(){e.length>1&&e.push(e.pop().concat(e.shift()))},result:function(){var n=e;return e=[],t=null,n}}}function _t(e,t){return B(e[0]-t[0])<x&&B(e[1]-t[1])<x}function ut(e,t,n,i){this.x=e,this.z=t,this.o=n,this.e=i,this.v=!1,this.n=this.p=null}function Ri(e,t,n,i,s){var l=[],o=[],a,d;if(e.forEach(function(g){if(!((m=g.length-1)<=0)){var m,y=g[0],E=g[m],b;if(_t(y,E)){if(!y[2]&&!E[2]){for(s.lineStart(),a=0;a<m;++a)s.point((y=g[a])[0],y[1]);s.lineEnd();return}E[0]+=2*x}l.push(b=new ut(y,g,null,!0)),o.push(b.o=new ut(y,null,b,!1)),l.push(b=new ut(E,g,null,!1)),o.push(b.o=new ut(E,null,b,!0))}}),!!l.length){for(o.sort(t),zn(l),zn(o),a=0,d=o.length;a<d;++a)o[a].e=n=!n;for(var p=l[0],u,f;;){for(var c=p,h=!0;c.v;)if((c=c.n)===p)return;u=c.z,s.lineStart();do{if(c.v=c.o.v=!0,c.e){if(h)for(a=0,d=u.length;a<d;++a)s.point((f=u[a])[0],f[1]);else i(c.x,c.n.x,1,s);c=c.n}else{if(h)for(u=c.p.z,a=u.length-1;a>=0;--a)s.point((f=u[a])[0],f[1]);else i(c.x,c.p.x,-1,s);c=c.p}c=c.o,u=c.z,h=!h}while(!c.v);s.lineEnd()}}}function zn(e){if(t=e.length){for(var t,n=0,i=e[0],s;++n<t;)i.n=s=e[n],s.p=i,i=s;i.n=s=e[0],s.p=i}}function Ft(e){return B(e[0])<=A?e[0]:Ue(e[0])*((B(e[0])+A)%pe-A)}function fo(e,t){var n=Ft(t),i=t[1],s=V(i),l=[V(n),-W(n),0],o=0,a=0,d=new Ne;s===1?i=J+x:s===-1&&(i=-J-x);for(var p=0,u=e.length;p<u;++p)if(c=(f=e[p]).length)for(var f,c,h=f[c-1],g=Ft(h),m=h[1]/2+Mn,y=V(m),E=W(m),b=0;b<c;++b,g=v,y=C,E=O,h=S){var S=f[b],v=Ft(S),$=S[1]/2+Mn,C=V($),O=W($),R=v-g,T=R>=0?1:-1,P=T*R,N=P>A,X=y*C;if(d.add(Ae(X*T*V(P),E*O+X*W(P))),o+=N?R+T*pe:R,N^g>=n^v>=n){var U=It(De(h),De(S));Jt(U);var I=It(l,U);Jt(I);var _=(N^R>=0?-1:1)*Qe(I[2]);(i>_||i===_&&(U[0]||U[1]))&&(a+=N^R>=0?1:-1)}}return(o<-x||o<x&&d<-1e-12)^a&1}function Pi(e,t,n,i){return function(s){var l=t(s),o=qi(),a=t(o),d=!1,p,u,f,c={point:h,lineStart:m,lineEnd:y,polygonStart:function(){c.point=E,c.lineStart=b,c.lineEnd=S,u=[],p=[]},polygonEnd:function(){c.point=h,c.lineStart=m,c.lineEnd=y,u=Ti(u);var v=fo(p,i);u.length?(d||(s.polygonStart(),d=!0),Ri(u,go,v,n,s)):v&&(d||(s.polygonStart(),d=!0),s.lineStart(),n(null,null,1,s),s.lineEnd()),d&&(s.polygonEnd(),d=!1),u=p=null},sphere:function(){s.polygonStart(),s.lineStart(),n(null,null,1,s),s.lineEnd(),s.polygonEnd()}};function h(v,$){e(v,$)&&s.point(v,$)}function g(v,$){l.point(v,$)}function m(){c.point=g,l.lineStart()}function y(){c.point=h,l.lineEnd()}function E(v,$){f.push([v,$]),a.point(v,$)}function b(){a.lineStart(),f=[]}function S(){E(f[0][0],f[0][1]),a.lineEnd();var v=a.clean(),$=o.result(),C,O=$.length,R,T,P;if(f.pop(),p.push(f),f=null,!!O){if(v&1){if(T=$[0],(R=T.length-1)>0){for(d||(s.polygonStart(),d=!0),s.lineStart(),C=0;C<R;++C)s.point((P=T[C])[0],P[1]);s.lineEnd()}return}O>1&&v&2&&$.push($.pop().concat($.shift())),u.push($.filter(ho))}}return c}}function ho(e){return e.length>1}function go(e,t){return((e=e.x)[0]<0?e[1]-J-x:J-e[1])-((t=t.x)[0]<0?t[1]-J-x:J-t[1])}var Yn=Pi(function(){return!0},mo,yo,[-A,-J]);function mo(e){var t=NaN,n=NaN,i=NaN,s;return{lineStart:function(){e.lineStart(),s=1},point:function(l,o){var a=l>0?A:-A,d=B(l-t);B(d-A)<x?(e.point(t,n=(n+o)/2>0?J:-J),e.point(i,n),e.lineEnd(),e.lineStart(),e.point(a,n),e.point(l,n),s=0):i!==a&&d>=A&&(B(t-i)<x&&(t-=i*x),B(l-a)<x&&(l-=a*x),n=_o(t,n,l,o),e.point(i,n),e.lineEnd(),e.lineStart(),e.point(a,n),s=0),e.point(t=l,n=o),i=a},lineEnd:function(){e.lineEnd(),t=n=NaN},clean:function(){return 2-s}}}function _o(e,t,n,i){var s,l,o=V(e-n);return B(o)>x?yn((V(t)*(l=W(i))*V(n)-V(i)*(s=W(t))*V(e))/(s*l*o)):(t+i)/2}function yo(e,t,n,i){var s;if(e==null)s=n*J,i.point(-A,s),i.point(0,s),i.point(A,s),i.point(A,0),i.point(A,-s),i.point(0,-s),i.point(-A,-s),i.point(-A,0),i.point(-A,s);else if(B(e[0]-t[0])>x){var l=e[0]<t[0]?A:-A;s=n*l/2,i.point(-l,s),i.point(0,s),i.point(l,s)}else i.point(t[0],t[1])}function vo(e){var t=W(e),n=2*te,i=t>0,s=B(t)>x;function l(u,f,c,h){po(h,e,n,c,u,f)}function o(u,f){return W(u)*W(f)>t}function a(u){var f,c,h,g,m;return{lineStart:function(){g=h=!1,m=1},point:function(y,E){var b=[y,E],S,v=o(y,E),$=i?v?0:p(y,E):v?p(y+(y<0?A:-A),E):0;if(!f&&(g=h=v)&&u.lineStart(),v!==h&&(S=d(f,b),(!S||_t(f,S)||_t(b,S))&&(b[2]=1)),v!==h)m=0,v?(u.lineStart(),S=d(b,f),u.point(S[0],S[1])):(S=d(f,b),u.point(S[0],S[1],2),u.lineEnd()),f=S;else if(s&&f&&i^v){var C;!($&c)&&(C=d(b,f,!0))&&(m=0,i?(u.lineStart(),u.point(C[0][0],C[0][1]),u.point(C[1][0],C[1][1]),u.lineEnd()):(u.point(C[1][0],C[1][1]),u.lineEnd(),u.lineStart(),u.point(C[0][0],C[0][1],3)))}v&&(!f||!_t(f,b))&&u.point(b[0],b[1]),f=b,h=v,c=$},lineEnd:function(){h&&u.lineEnd(),f=null},clean:function(){return m|(g&&h)<<1}}}function d(u,f,c){var h=De(u),g=De(f),m=[1,0,0],y=It(h,g),E=lt(y,y),b=y[0],S=E-b*b;if(!S)return!c&&u;var v=t*E/S,$=-t*b/S,C=It(m,y),O=ct(m,v),R=ct(y,$);Mt(O,R);var T=C,P=lt(O,T),N=lt(T,T),X=P*P-N*(lt(O,O)-1);if(!(X<0)){var U=we(X),I=ct(T,(-P-U)/N);if(Mt(I,O),I=Kt(I),!c)return I;var _=u[0],w=f[0],q=u[1],L=f[1],D;w<_&&(D=_,_=w,w=D);var k=w-_,Q=B(k-A)<x,ne=Q||k<x;if(!Q&&L<q&&(D=q,q=L,L=D),ne?Q?q+L>0^I[1]<(B(I[0]-_)<x?q:L):q<=I[1]&&I[1]<=L:k>A^(_<=I[0]&&I[0]<=w)){var ie=ct(T,(-P+U)/N);return Mt(ie,O),[I,Kt(ie)]}}}function p(u,f){var c=i?e:A-e,h=0;return u<-c?h|=1:u>c&&(h|=2),f<-c?h|=4:f>c&&(h|=8),h}return Pi(o,a,l,i?[0,-e]:[-A,e-A])}function bo(e,t,n,i,s,l){var o=e[0],a=e[1],d=t[0],p=t[1],u=0,f=1,c=d-o,h=p-a,g;if(g=n-o,!(!c&&g>0)){if(g/=c,c<0){if(g<u)return;g<f&&(f=g)}else if(c>0){if(g>f)return;g>u&&(u=g)}if(g=s-o,!(!c&&g<0)){if(g/=c,c<0){if(g>f)return;g>u&&(u=g)}else if(c>0){if(g<u)return;g<f&&(f=g)}if(g=i-a,!(!h&&g>0)){if(g/=h,h<0){if(g<u)return;g<f&&(f=g)}else if(h>0){if(g>f)return;g>u&&(u=g)}if(g=l-a,!(!h&&g<0)){if(g/=h,h<0){if(g>f)return;g>u&&(u=g)}else if(h>0){if(g<u)return;g<f&&(f=g)}return u>0&&(e[0]=o+u*c,e[1]=a+u*h),f<1&&(t[0]=o+f*c,t[1]=a+f*h),!0}}}}}var He=1e9,dt=-He;function So(e,t,n,i){function s(p,u){return e<=p&&p<=n&&t<=u&&u<=i}function l(p,u,f,c){var h=0,g=0;if(p==null||(h=o(p,f))!==(g=o(u,f))||d(p,u)<0^f>0)do c.point(h===0||h===3?e:n,h>1?i:t);while((h=(h+f+4)%4)!==g);else c.point(u[0],u[1])}function o(p,u){return B(p[0]-e)<x?u>0?0:3:B(p[0]-n)<x?u>0?2:1:B(p[1]-t)<x?u>0?1:0:u>0?3:2}function a(p,u){return d(p.x,u.x)}function d(p,u){var f=o(p,1),c=o(u,1);return f!==c?f-c:f===0?u[1]-p[1]:f===1?p[0]-u[0]:f===2?p[1]-u[1]:u[0]-p[0]}return function(p){var u=p,f=qi(),c,h,g,m,y,E,b,S,v,$,C,O={point:R,lineStart:X,lineEnd:U,polygonStart:P,polygonEnd:N};function R(_,w){s(_,w)&&u.point(_,w)}function T(){for(var _=0,w=0,q=h.length;w<q;++w)for(var L=h[w],D=1,k=L.length,Q=L[0],ne,ie,he=Q[0],G=Q[1];D<k;++D)ne=he,ie=G,Q=L[D],he=Q[0],G=Q[1],ie<=i?G>i&&(he-ne)*(i-ie)>(G-ie)*(e-ne)&&++_:G<=i&&(he-ne)*(i-ie)<(G-ie)*(e-ne)&&--_;return _}function P(){u=f,c=[],h=[],C=!0}function N(){var _=T(),w=C&&_,q=(c=Ti(c)).length;(w||q)&&(p.polygonStart(),w&&(p.lineStart(),l(null,null,1,p),p.lineEnd()),q&&Ri(c,a,_,l,p),p.polygonEnd()),u=p,c=h=g=null}function X(){O.point=I,h&&h.push(g=[]),$=!0,v=!1,b=S=NaN}function U(){c&&(I(m,y),E&&v&&f.rejoin(),c.push(f.result())),O.point=R,v&&u.lineEnd()}function I(_,w){var q=s(_,w);if(h&&g.push([_,w]),$)m=_,y=w,E=q,$=!1,q&&(u.lineStart(),u.point(_,w));else if(q&&v)u.point(_,w);else{var L=[b=Math.max(dt,Math.min(He,b)),S=Math.max(dt,Math.min(He,S))],D=[_=Math.max(dt,Math.min(He,_)),w=Math.max(dt,Math.min(He,w))];bo(L,D,e,t,n,i)?(v||(u.lineStart(),u.point(L[0],L[1])),u.point(D[0],D[1]),q||u.lineEnd(),C=!1):q&&(u.lineStart(),u.point(_,w),C=!1)}b=_,S=w,v=q}return O}}var Zt=e=>e,Ut=new Ne,en=new Ne,Oi,ki,tn,nn,be={point:ue,lineStart:ue,lineEnd:ue,polygonStart:function(){be.lineStart=Eo,be.lineEnd=$o},polygonEnd:function(){be.lineStart=be.lineEnd=be.point=ue,Ut.add(B(en)),en=new Ne},result:function(){var e=Ut/2;return Ut=new Ne,e}};function Eo(){be.point=wo}function wo(e,t){be.point=Li,Oi=tn=e,ki=nn=t}function Li(e,t){en.add(nn*e-tn*t),tn=e,nn=t}function $o(){Li(Oi,ki)}var xe=1/0,Ct=xe,Xe=-xe,Tt=Xe,Nt={point:Io,lineStart:ue,lineEnd:ue,polygonStart:ue,polygonEnd:ue,result:function(){var e=[[xe,Ct],[Xe,Tt]];return Xe=Tt=-(Ct=xe=1/0),e}};function Io(e,t){e<xe&&(xe=e),e>Xe&&(Xe=e),t<Ct&&(Ct=t),t>Tt&&(Tt=t)}var rn=0,on=0,We=0,qt=0,Rt=0,Oe=0,sn=0,an=0,Be=0,Ai,Di,_e,ye,le={point:qe,lineStart:jn,lineEnd:Kn,polygonStart:function(){le.lineStart=No,le.lineEnd=qo},polygonEnd:function(){le.point=qe,le.lineStart=jn,le.lineEnd=Kn},result:function(){var e=Be?[sn/Be,an/Be]:Oe?[qt/Oe,Rt/Oe]:We?[rn/We,on/We]:[NaN,NaN];return rn=on=We=qt=Rt=Oe=sn=an=Be=0,e}};function qe(e,t){rn+=e,on+=t,++We}function jn(){le.point=Co}function Co(e,t){le.point=To,qe(_e=e,ye=t)}function To(e,t){var n=e-_e,i=t-ye,s=we(n*n+i*i);qt+=s*(_e+e)/2,Rt+=s*(ye+t)/2,Oe+=s,qe(_e=e,ye=t)}function Kn(){le.point=qe}function No(){le.point=Ro}function qo(){xi(Ai,Di)}function Ro(e,t){le.point=xi,qe(Ai=_e=e,Di=ye=t)}function xi(e,t){var n=e-_e,i=t-ye,s=we(n*n+i*i);qt+=s*(_e+e)/2,Rt+=s*(ye+t)/2,Oe+=s,s=ye*e-_e*t,sn+=s*(_e+e),an+=s*(ye+t),Be+=s*3,qe(_e=e,ye=t)}function Mi(e){this._context=e}Mi.prototype={_radius:4.5,pointRadius:function(e){return this._radius=e,this},polygonStart:function(){this._line=0},polygonEnd:function(){this._line=NaN},lineStart:function(){this._point=0},lineEnd:function(){this._line===0&&this._context.closePath(),this._point=NaN},point:function(e,t){switch(this._point){case 0:{this._context.moveTo(e,t),this._point=1;break}case 1:{this._context.lineTo(e,t);break}default:{this._context.moveTo(e+this._radius,t),this._context.arc(e,t,this._radius,0,pe);break}}},result:ue};var ln=new Ne,Ht,Fi,Ui,Ge,Ve,Ze={point:ue,lineStart:function(){Ze.point=Po},lineEnd:function(){Ht&&Hi(Fi,Ui),Ze.point=ue},polygonStart:function(){Ht=!0},polygonEnd:function(){Ht=null},result:function(){var e=+ln;return ln=new Ne,e}};function Po(e,t){Ze.point=Hi,Fi=Ge=e,Ui=Ve=t}function Hi(e,t){Ge-=e,Ve-=t,ln.add(we(Ge*Ge+Ve*Ve)),Ge=e,Ve=t}let Jn,Pt,Qn,Xn;class Zn{constructor(t){this._append=t==null?Wi:Oo(t),this._radius=4.5,this._=""}pointRadius(t){return this._radius=+t,this}polygonStart(){this._line=0}polygonEnd(){this._line=NaN}lineStart(){this._point=0}lineEnd(){this._line===0&&(this._+="Z"),this._point=NaN}point(t,n){switch(this._point){case 0:{this._append`M${t},${n}`,this._point=1;break}case 1:{this._append`L${t},${n}`;break}default:{if(this._append`M${t},${n}`,this._radius!==Qn||this._append!==Pt){const i=this._radius,s=this._;this._="",this._append`m0,${i}a${i},${i} 0 1,1 0,${-2*i}a${i},${i} 0 1,1 0,${2*i}z`,Qn=i,Pt=this._append,Xn=this._,this._=s}this._+=Xn;break}}}result(){const t=this._;return this._="",t.length?t:null}}function Wi(e){let t=1;this._+=e[0];for(const n=e.length;t<n;++t)this._+=arguments[t]+e[t]}function Oo(e){const t=Math.floor(e);if(!(t>=0))throw new RangeError(`invalid digits: ${e}`);if(t>15)return Wi;if(t!==Jn){const n=10**t;Jn=t,Pt=function(s){let l=1;this._+=s[0];for(const o=s.length;l<o;++l)this._+=Math.round(arguments[l]*n)/n+s[l]}}return Pt}function ko(e,t){let n=3,i=4.5,s,l;function o(a){return a&&(typeof i=="function"&&l.pointRadius(+i.apply(this,arguments)),Pe(a,s(l))),l.result()}return o.area=function(a){return Pe(a,s(be)),be.result()},o.measure=function(a){return Pe(a,s(Ze)),Ze.result()},o.bounds=function(a){return Pe(a,s(Nt)),Nt.result()},o.centroid=function(a){return Pe(a,s(le)),le.result()},o.projection=function(a){return arguments.length?(s=a==null?(e=null,Zt):(e=a).stream,o):e},o.context=function(a){return arguments.length?(l=a==null?(t=null,new Zn(n)):new Mi(t=a),typeof i!="function"&&l.pointRadius(i),o):t},o.pointRadius=function(a){return arguments.length?(i=typeof a=="function"?a:(l.pointRadius(+a),+a),o):i},o.digits=function(a){if(!arguments.length)return n;if(a==null)n=null;else{const d=Math.floor(a);if(!(d>=0))throw new RangeError(`invalid digits: ${a}`);n=d}return t===null&&(l=new Zn(n)),o},o.projection(e).digits(n).context(t)}function vn(e){return function(t){var n=new cn;for(var i in e)n[i]=e[i];return n.stream=t,n}}function cn(){}cn.prototype={constructor:cn,point:function(e,t){this.stream.point(e,t)},sphere:function(){this.stream.sphere()},lineStart:function(){this.stream.lineStart()},lineEnd:function(){this.stream.lineEnd()},polygonStart:function(){this.stream.polygonStart()},polygonEnd:function(){this.stream.polygonEnd()}};function bn(e,t,n){var i=e.clipExtent&&e.clipExtent();return e.scale(150).translate([0,0]),i!=null&&e.clipExtent(null),Pe(n,e.stream(Nt)),t(Nt.result()),i!=null&&e.clipExtent(i),e}function Bi(e,t,n){return bn(e,function(i){var s=t[1][0]-t[0][0],l=t[1][1]-t[0][1],o=Math.min(s/(i[1][0]-i[0][0]),l/(i[1][1]-i[0][1])),a=+t[0][0]+(s-o*(i[1][0]+i[0][0]))/2,d=+t[0][1]+(l-o*(i[1][1]+i[0][1]))/2;e.scale(150*o).translate([a,d])},n)}function Lo(e,t,n){return Bi(e,[[0,0],t],n)}function Ao(e,t,n){return bn(e,function(i){var s=+t,l=s/(i[1][0]-i[0][0]),o=(s-l*(i[1][0]+i[0][0]))/2,a=-l*i[0][1];e.scale(150*l).translate([o,a])},n)}function Do(e,t,n){return bn(e,function(i){var s=+t,l=s/(i[1][1]-i[0][1]),o=-l*i[0][0],a=(s-l*(i[1][1]+i[0][1]))/2;e.scale(150*l).translate([o,a])},n)}var ei=16,xo=W(30*te);function ti(e,t){return+t?Fo(e,t):Mo(e)}function Mo(e){return vn({point:function(t,n){t=e(t,n),this.stream.point(t[0],t[1])}})}function Fo(e,t){function n(i,s,l,o,a,d,p,u,f,c,h,g,m,y){var E=p-i,b=u-s,S=E*E+b*b;if(S>4*t&&m--){var v=o+c,$=a+h,C=d+g,O=we(v*v+$*$+C*C),R=Qe(C/=O),T=B(B(C)-1)<x||B(l-f)<x?(l+f)/2:Ae($,v),P=e(T,R),N=P[0],X=P[1],U=N-i,I=X-s,_=b*U-E*I;(_*_/S>t||B((E*U+b*I)/S-.5)>.3||o*c+a*h+d*g<xo)&&(n(i,s,l,o,a,d,N,X,T,v/=O,$/=O,C,m,y),y.point(N,X),n(N,X,T,v,$,C,p,u,f,c,h,g,m,y))}}return function(i){var s,l,o,a,d,p,u,f,c,h,g,m,y={point:E,lineStart:b,lineEnd:v,polygonStart:function(){i.polygonStart(),y.lineStart=$},polygonEnd:function(){i.polygonEnd(),y.lineStart=b}};function E(R,T){R=e(R,T),i.point(R[0],R[1])}function b(){f=NaN,y.point=S,i.lineStart()}function S(R,T){var P=De([R,T]),N=e(R,T);n(f,c,u,h,g,m,f=N[0],c=N[1],u=R,h=P[0],g=P[1],m=P[2],ei,i),i.point(f,c)}function v(){y.point=E,i.lineEnd()}function $(){b(),y.point=C,y.lineEnd=O}function C(R,T){S(s=R,T),l=f,o=c,a=h,d=g,p=m,y.point=S}function O(){n(f,c,u,h,g,m,l,o,s,a,d,p,ei,i),y.lineEnd=v,v()}return y}}var Uo=vn({point:function(e,t){this.stream.point(e*te,t*te)}});function Ho(e){return vn({point:function(t,n){var i=e(t,n);return this.stream.point(i[0],i[1])}})}function Wo(e,t,n,i,s){function l(o,a){return o*=i,a*=s,[t+e*o,n-e*a]}return l.invert=function(o,a){return[(o-t)/e*i,(n-a)/e*s]},l}function ni(e,t,n,i,s,l){if(!l)return Wo(e,t,n,i,s);var o=W(l),a=V(l),d=o*e,p=a*e,u=o/e,f=a/e,c=(a*n-o*t)/e,h=(a*t+o*n)/e;function g(m,y){return m*=i,y*=s,[d*m-p*y+t,n-p*m-d*y]}return g.invert=function(m,y){return[i*(u*m-f*y+c),s*(h-f*m-u*y)]},g}function Bo(e){var t,n=150,i=480,s=250,l=0,o=0,a=0,d=0,p=0,u,f=0,c=1,h=1,g=null,m=Yn,y=null,E,b,S,v=Zt,$=.5,C,O,R,T,P;function N(_){return R(_[0]*te,_[1]*te)}function X(_){return _=R.invert(_[0],_[1]),_&&[_[0]*ge,_[1]*ge]}N.stream=function(_){return T&&P===_?T:T=Uo(Ho(u)(m(C(v(P=_)))))},N.preclip=function(_){return arguments.length?(m=_,g=void 0,I()):m},N.postclip=function(_){return arguments.length?(v=_,y=E=b=S=null,I()):v},N.clipAngle=function(_){return arguments.length?(m=+_?vo(g=_*te):(g=null,Yn),I()):g*ge},N.clipExtent=function(_){return arguments.length?(v=_==null?(y=E=b=S=null,Zt):So(y=+_[0][0],E=+_[0][1],b=+_[1][0],S=+_[1][1]),I()):y==null?null:[[y,E],[b,S]]},N.scale=function(_){return arguments.length?(n=+_,U()):n},N.translate=function(_){return arguments.length?(i=+_[0],s=+_[1],U()):[i,s]},N.center=function(_){return arguments.length?(l=_[0]%360*te,o=_[1]%360*te,U()):[l*ge,o*ge]},N.rotate=function(_){return arguments.length?(a=_[0]%360*te,d=_[1]%360*te,p=_.length>2?_[2]%360*te:0,U()):[a*ge,d*ge,p*ge]},N.angle=function(_){return arguments.length?(f=_%360*te,U()):f*ge},N.reflectX=function(_){return arguments.length?(c=_?-1:1,U()):c<0},N.reflectY=function(_){return arguments.length?(h=_?-1:1,U()):h<0},N.precision=function(_){return arguments.length?(C=ti(O,$=_*_),I()):we($)},N.fitExtent=function(_,w){return Bi(N,_,w)},N.fitSize=function(_,w){return Lo(N,_,w)},N.fitWidth=function(_,w){return Ao(N,_,w)},N.fitHeight=function(_,w){return Do(N,_,w)};function U(){var _=ni(n,0,0,c,h,f).apply(null,t(l,o)),w=ni(n,i-_[0],s-_[1],c,h,f);return u=uo(a,d,p),O=Qt(t,w),R=Qt(u,O),C=ti(O,$),I()}function I(){return T=P=null,N}return function(){return t=e.apply(this,arguments),N.invert=t.invert&&X,U()}}function Go(e){var t=0,n=A/3,i=Bo(e),s=i(t,n);return s.parallels=function(l){return arguments.length?i(t=l[0]*te,n=l[1]*te):[t*ge,n*ge]},s}function Gi(e,t){return[e,Yt(Ni((J+t)/2))]}Gi.invert=function(e,t){return[e,2*yn(lo(t))-J]};function pt(e){return Ni((J+e)/2)}function Vo(e,t){var n=W(e),i=e===t?V(e):Yt(n/W(t))/Yt(pt(t)/pt(e)),s=n*xt(pt(e),i)/i;if(!i)return Gi;function l(o,a){s>0?a<-J+x&&(a=-J+x):a>J-x&&(a=J-x);var d=s/xt(pt(a),i);return[d*V(i*o),s-d*W(i*o)]}return l.invert=function(o,a){var d=s-a,p=Ue(i)*we(o*o+d*d),u=Ae(o,B(d))*Ue(d);return d*i<0&&(u-=A*Ue(o)*Ue(d)),[u/i,2*yn(xt(s/p,1/i))-J]},l}function zo(){return Go(Vo).scale(109.5).parallels([30,30])}function ii(e,t){return[e,t]}ii.invert=ii;const Yo=j(`
  query MapPage($filter: IncidentFilterInput) {
    incidentsGeojson(filter: $filter)
    provisions(first: 100) { nodes { slug heading } }
  }
`),jo=["ARSON","GUNFIRE","VANDALISM","INTIMIDATION","GRAFFITI","RIOT","ASSAULT","SMUGGLING","ESCAPE_ATTEMPT","OTHER"],ri=600,oi=600;function Ko(){const{t:e,label:t,href:n}=z(),{query:i,path:s,route:l}=Se(),o={from:i.from||void 0,to:i.to||void 0,kind:i.kind||void 0,provision:i.provision||void 0},a=ee(Yo,{filter:o}),[d,p]=ce();Le(()=>{fetch("/app/basemap.json").then(g=>g.json()).then(p,()=>{})},[]);const u=d?.features.filter(g=>g.properties.france),f=zo().parallels([44,49]).rotate([-3,0]);u&&f.fitExtent([[10,10],[ri-10,oi-10]],{type:"FeatureCollection",features:u});const c=ko(f),h=g=>{g.preventDefault();const m=new FormData(g.currentTarget),y=new URLSearchParams(i);for(const E of["from","to","kind","provision"]){const b=String(m.get(E)??"");b?y.set(E,b):y.delete(E)}l(`${s}?${y}`)};return r(M,{children:[r("h1",{children:e.map}),r(fe,{query:a,children:g=>{const m=g.incidentsGeojson;return r(M,{children:[r("form",{class:"filters",onSubmit:h,"aria-label":e.filters,children:[r("label",{children:[e.from," ",r("input",{type:"date",name:"from",defaultValue:o.from})]}),r("label",{children:[e.to," ",r("input",{type:"date",name:"to",defaultValue:o.to})]}),r("label",{children:[e.kind," ",r("select",{name:"kind",defaultValue:o.kind??"",children:[r("option",{value:"",children:e.any}),jo.map(y=>r("option",{value:y,children:t(y)}))]})]}),r("label",{children:[e.provision," ",r("select",{name:"provision",defaultValue:o.provision??"",children:[r("option",{value:"",children:e.any}),g.provisions.nodes.map(y=>r("option",{value:y.slug,children:y.heading}))]})]}),r("button",{type:"submit",children:e.filters})]},JSON.stringify(o)),r("p",{class:"map-count","aria-live":"polite",children:e.markers(m.features.length,m.withoutCoordinates)}),r("svg",{class:"map",viewBox:`0 0 ${ri} ${oi}`,role:"group","aria-label":e.map,children:[d?.features.map(y=>r("path",{d:c(y)??"",class:y.properties.france?"land-fr":"land","aria-hidden":"true"})),m.features.map(y=>{const[E,b]=f(y.geometry.coordinates)??[0,0];return r("a",{href:n(`/incidents/${y.properties.slug}`),class:"marker","aria-label":`${y.properties.occurredOn} ${y.properties.title}`,children:r("circle",{cx:E,cy:b,r:"6","data-slug":y.properties.slug,children:r("title",{children:`${y.properties.occurredOn} — ${y.properties.title}${y.properties.facilityName?` (${y.properties.facilityName})`:""}`})})})})]}),r("p",{class:"note",children:e.basemapCredit}),r("ol",{class:"map-list",children:m.features.map(y=>r("li",{children:[r("time",{children:y.properties.occurredOn})," ",r("a",{href:n(`/incidents/${y.properties.slug}`),children:y.properties.title}),y.properties.facilityName?` — ${y.properties.facilityName}`:""]}))})]})}})]})}j(`
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
`);const Jo={Provision:"/provisions/",Incident:"/incidents/",Criticism:"/criticisms/",Facility:"/facilities/",Actor:"/actors/",Source:"/sources/"};function Vi(e){if(!e?.__typename)return;if(e.__typename==="Law")return"/";const t=Jo[e.__typename];return t&&e.slug?`${t}${e.slug}`:void 0}const Qo=j(`
  query TimelinePage($from: Date, $to: Date) {
    timeline(from: $from, to: $to, first: 100) {
      type date datePrecision title slug
      node { id ...NodeLink }
    }
  }
`);function Xo(){const{t:e,label:t,href:n}=z(),{query:i,path:s,route:l}=Se(),o=i.from||void 0,a=i.to||void 0,d=ee(Qo,{from:o,to:a}),p=u=>{u.preventDefault();const f=new FormData(u.currentTarget),c=new URLSearchParams(i);for(const h of["from","to"]){const g=String(f.get(h)??"");g?c.set(h,g):c.delete(h)}l(`${s}?${c}`)};return r(M,{children:[r("h1",{children:e.timeline}),r("form",{class:"filters",onSubmit:p,"aria-label":e.filters,children:[r("label",{children:[e.from," ",r("input",{type:"date",name:"from",defaultValue:o})]}),r("label",{children:[e.to," ",r("input",{type:"date",name:"to",defaultValue:a})]}),r("button",{type:"submit",children:e.filters})]},`${o}|${a}`),r(fe,{query:d,children:u=>r("ol",{class:"chrono timeline",children:u.timeline.map(f=>{const c=Vi(f.node);return r("li",{class:`chrono-${f.type}`,children:[r("time",{children:f.date})," ",r("span",{class:"tag",children:t(f.type)})," ",c?r("a",{href:n(c),children:f.title}):f.title]})})})})]})}const Zo=j(`
  query SearchPage($q: String!) {
    search(query: $q, first: 30) {
      totalCount
      nodes { type slug title snippet node { id ...NodeLink } }
    }
  }
`);function es({q:e}){const{t,label:n,href:i}=z(),s=ee(Zo,{q:e},!1);return r(fe,{query:s,children:l=>r(M,{children:[r("p",{"aria-live":"polite",children:t.results(l.search.totalCount)}),r("ol",{class:"hits",children:l.search.nodes.map(o=>{const a=Vi(o.node);return r("li",{"data-type":o.type,children:[r("span",{class:"tag",children:n(o.type)})," ",a?r("a",{href:i(a),children:o.title}):o.title,r("br",{}),r($r,{text:o.snippet})]})})})]})})}function ts(){const{t:e}=z(),{query:t,path:n,route:i}=Se(),[s,l]=ce(t.q??"");return Le(()=>{const o=setTimeout(()=>{if((t.q??"")===s.trim())return;const a=new URLSearchParams(t);s.trim()?a.set("q",s.trim()):a.delete("q"),i(`${n}${a.toString()?`?${a}`:""}`,!0)},200);return()=>clearTimeout(o)},[s]),r(M,{children:[r("h1",{children:e.search}),r("form",{role:"search",onSubmit:o=>o.preventDefault(),children:[r("label",{for:"q",children:e.searchLabel})," ",r("input",{id:"q",type:"search",value:s,onInput:o=>l(o.currentTarget.value),autoComplete:"off"})]}),t.q&&r(es,{q:t.q})]})}const ns=j(`
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
`);function is({slug:e}){const{t,label:n,href:i}=z(),s=ee(ns,{slug:e});return r(fe,{query:s,children:l=>{const o=l.actor;if(!o)return r("h1",{children:t.notFound});const a=new Map;for(const d of o.criticisms.nodes)for(const p of d.rights.length?d.rights:["—"])a.set(p,[...a.get(p)??[],d]);return r(M,{children:[r("h1",{children:o.name}),r("p",{children:o.description}),r(de,{citations:o.citations}),r("h2",{children:t.byRight}),[...a.entries()].map(([d,p])=>r("section",{class:"right",children:[r("h3",{children:d.replace(/_/g," ")}),r("ul",{children:p.map(u=>r("li",{children:[r("span",{class:"tag",children:n(u.stance)})," ",r("a",{href:i(`/criticisms/${u.slug}`),children:u.summary}),u.statedOn?` (${u.statedOn})`:"",u.provisions.length>0&&r(M,{children:[" → ",u.provisions.map(f=>r("a",{href:i(`/provisions/${f.provision.slug}`),children:[f.provision.heading," "]}))]}),r(de,{citations:u.citations})]}))})]}))]})}})}const rs=j(`
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
`),os=j(`
  query ProvisionCitations {
    provisions(first: 100) {
      nodes {
        slug heading citations { quote source { slug } }
        parameters { label citations { quote source { slug } } }
        texts { text source { slug } }
      }
    }
  }
`),ss=j(`
  query IncidentCitations {
    incidents(first: 100) {
      nodes {
        slug title citations { quote source { slug } }
        outcomes { name citations { quote source { slug } } }
        provisions { provision { slug heading } citations { quote source { slug } } }
      }
    }
  }
`),as=j(`
  query CriticismCitations {
    criticisms(first: 100) {
      nodes {
        slug summary citations { quote source { slug } }
        provisions { provision { slug heading } citations { quote source { slug } } }
      }
    }
  }
`);function ls(e){const t=ee(rs,{}),n=ee(os,{}),i=ee(ss,{}),s=ee(as,{});if(!t.data||!n.data||!i.data||!s.data)return{};const l=[],o=(a,d,p)=>{for(const u of a)u.source.slug===e&&l.push({quote:u.quote,label:d,path:p})};for(const a of t.data.laws.nodes){o(a.citations,a.titleFr,"/");for(const d of a.stages)o(d.citations,d.description,"/");for(const d of a.events)o(d.citations,d.title,d.provision?`/provisions/${d.provision.slug}`:"/");for(const d of a.claims)for(const p of d.claims)o(p.citations,`${d.question} — ${p.value}`,"/")}for(const a of t.data.facilities.nodes)o(a.citations,a.name,`/facilities/${a.slug}`);for(const a of t.data.actors.nodes)o(a.citations,a.name,`/actors/${a.slug}`);for(const a of n.data.provisions.nodes){o(a.citations,a.heading,`/provisions/${a.slug}`);for(const d of a.parameters)o(d.citations,`${a.heading} — ${d.label}`,`/provisions/${a.slug}`);for(const d of a.texts)o([{quote:d.text,source:d.source}],`${a.heading}`,`/provisions/${a.slug}`)}for(const a of i.data.incidents.nodes){o(a.citations,a.title,`/incidents/${a.slug}`);for(const d of a.outcomes)o(d.citations,`${a.title} — ${d.name}`,`/incidents/${a.slug}`);for(const d of a.provisions)o(d.citations,`${a.title} → ${d.provision.heading}`,`/provisions/${d.provision.slug}`)}for(const a of s.data.criticisms.nodes){o(a.citations,a.summary,`/criticisms/${a.slug}`);for(const d of a.provisions)o(d.citations,`${a.summary} → ${d.provision.heading}`,`/provisions/${d.provision.slug}`)}return{data:l}}const yt="lawtracker-token";function zi(e,t){const n=window.getSelection();if(!e||!n||n.rangeCount===0||n.isCollapsed)return;const i=n.getRangeAt(0);if(!e.contains(i.startContainer)||!e.contains(i.endContainer))return;const s=document.createRange();s.setStart(e,0),s.setEnd(i.startContainer,i.startOffset);const l=s.toString().length;return t.slice(l,l+i.toString().length)}const cs=j(`
  query SourcePage($slug: ID!) {
    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }
  }
`);function Yi(e,t){const n=[];for(const l of t){if(!l.quote)continue;let o=e.indexOf(l.quote);for(;o>=0;)n.push({start:o,end:o+l.quote.length,passage:l}),o=e.indexOf(l.quote,o+1)}const i=[...new Set([0,e.length,...n.flatMap(l=>[l.start,l.end])])].sort((l,o)=>l-o),s=[];for(let l=0;l+1<i.length;l++){const[o,a]=[i[l],i[l+1]];s.push({start:o,end:a,passages:n.filter(d=>d.start<=o&&d.end>=a).map(d=>d.passage)})}return{pieces:s,found:[...new Set(n.map(l=>l.passage))]}}function ji({text:e,passages:t,focus:n,containerRef:i,label:s}){const{href:l}=z(),{pieces:o}=Yi(e,t);let a=!1;return r("div",{class:"source-text",ref:i,tabIndex:0,role:"region","aria-label":s,children:o.map(d=>{const p=e.slice(d.start,d.end);if(d.passages.length===0)return p;const u=!!n&&d.passages.some(h=>h.quote===n),f=u&&!a?"focus":void 0;f&&(a=!0);const c=d.passages[0];return r("mark",{id:f,class:u?"cited focus":"cited",title:d.passages.map(h=>h.label).join(" · "),children:p.trim()?r("a",{href:l(c.path),children:p}):p})})})}function us({slug:e}){const{t,label:n,href:i}=z(),{query:s,route:l}=Se(),o=ee(cs,{slug:e}),a=ls(e),d=me(null),p=!!o.data&&!!a.data;return Le(()=>{p&&document.getElementById("focus")?.scrollIntoView({block:"center"})},[p,s.quote]),r(fe,{query:o,children:u=>{const f=u.source;if(!f)return r("h1",{children:t.notFound});const c=a.data??[],{found:h}=Yi(f.text,c);return r(M,{children:[r("h1",{children:f.title}),r("p",{children:[f.publisher??""," ",f.publishedOn??""," · ",t.reliability,t.colon,r("span",{class:`rel rel-${f.reliability}`,children:n(f.reliability)}),f.url&&r(M,{children:[" · ",r("span",{class:"url",children:f.url})]})]}),r("p",{class:"note",children:f.reliabilityNote}),r("p",{"aria-live":"polite",class:"passage-count","aria-busy":!a.data,children:a.data?t.citedPassages(h.length):t.loading}),sessionStorage.getItem(yt)&&r("p",{children:[t.selectPassage," ",r("button",{type:"button",id:"link-selection",onClick:()=>{const g=zi(d.current,f.text);g&&l(i("/curation",{source:f.slug,quote:g}))},children:t.linkSelection})]}),r(ji,{text:f.text,passages:c,focus:s.quote,containerRef:d,label:f.title}),r("h2",{children:t.evidence}),r("ul",{class:"passages",children:h.map(g=>r("li",{children:[t.open,g.quote,t.close," — ",t.supports," ",r("a",{href:i(g.path),children:g.label})]}))})]})}})}const ds=j(`
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
`);function ps({slug:e}){const{t,label:n,href:i}=z(),s=ee(ds,{slug:e});return r(fe,{query:s,children:l=>{const o=l.incident;return o?r(M,{children:[r("h1",{children:o.title}),r("p",{children:[r("time",{children:o.occurredOn}),o.timeOfDay?` ${o.timeOfDay}`:""," · ",o.kinds.map(n).join(", "),o.facility&&r(M,{children:[" · ",r("a",{href:i(`/facilities/${o.facility.slug}`),children:o.facility.name})]}),o.investigatingBody&&r(M,{children:[" · ",r("a",{href:i(`/actors/${o.investigatingBody.slug}`),children:o.investigatingBody.name})]})]}),r("p",{children:r(ke,{value:o.corroboration})}),r("p",{children:o.summary}),r("h2",{children:t.evidence}),r(de,{citations:o.citations}),o.outcomes.length>0&&r(M,{children:[r("h2",{children:t.outcomes}),r("ul",{children:o.outcomes.map(a=>r("li",{children:[a.name,t.colon,a.display,r(de,{citations:a.citations})]}))})]}),r("h2",{children:t.provision}),o.provisions.length===0?r("p",{children:t.none}):r("ul",{children:o.provisions.map(a=>r("li",{children:[r("a",{href:i(`/provisions/${a.provision.slug}`),children:a.provision.heading})," · ",n(a.relation),r(de,{citations:a.citations})]}))}),r(_n,{claims:o.claims})]}):r("h1",{children:t.notFound})}})}const fs=j(`
  query FacilityPage($slug: ID!) {
    facility(id: $slug) {
      slug name kind city aliases latitude longitude coordinatesNote
      citations { quote note source { slug title reliability } }
      incidents(first: 100) { nodes { slug title occurredOn kinds } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);function hs({slug:e}){const{t,label:n,href:i}=z(),s=ee(fs,{slug:e});return r(fe,{query:s,children:l=>{const o=l.facility;return o?r(M,{children:[r("h1",{children:o.name}),r("p",{children:[o.city??"",o.aliases.length>0&&r(M,{children:[" · ",t.aliases,t.colon,o.aliases.join(", ")]})]}),o.coordinatesNote&&r("p",{class:"note",children:[o.latitude,", ",o.longitude," — ",o.coordinatesNote]}),r(de,{citations:o.citations}),r("h2",{children:t.incidents}),r("ul",{class:"incidents",children:o.incidents.nodes.map(a=>r("li",{children:[r("time",{children:a.occurredOn})," ",r("a",{href:i(`/incidents/${a.slug}`),children:a.title})," (",a.kinds.map(n).join(", "),")"]}))}),r(_n,{claims:o.claims})]}):r("h1",{children:t.notFound})}})}const gs=j(`
  query CriticismPage($slug: ID!) {
    criticism(id: $slug) {
      slug stance rights summary quote statedOn version
      author { slug name }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { provision { slug heading } citations { quote note source { slug title reliability } } }
    }
  }
`);function ms({slug:e}){const{t,label:n,href:i}=z(),s=ee(gs,{slug:e});return r(fe,{query:s,children:l=>{const o=l.criticism;return o?r(M,{children:[r("h1",{children:[r("a",{href:i(`/actors/${o.author.slug}`),children:o.author.name})," · ",n(o.stance)]}),r("p",{class:"summary",children:o.summary}),o.quote&&r("blockquote",{children:[t.open,o.quote,t.close]}),r("p",{children:[o.rights.join(", ")," ",o.statedOn?`· ${o.statedOn}`:""," · ",r(ke,{value:o.corroboration})]}),r(de,{citations:o.citations}),r("h2",{children:t.provision}),r("ul",{children:o.provisions.map(a=>r("li",{children:[r("a",{href:i(`/provisions/${a.provision.slug}`),children:a.provision.heading}),r(de,{citations:a.citations})]}))})]}):r("h1",{children:t.notFound})}})}const _s=j(`
  query EditCriticism($slug: ID!) {
    criticism(id: $slug) {
      slug version stance rights summary quote statedOn
      author { slug }
      citations { quote note source { slug } }
    }
  }
`),ys=j(`
  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } }
  }
`);async function Wt(e){return(await Ke(_s,{slug:e})).criticism}function vs({token:e,criticisms:t}){const{t:n}=z(),[i,s]=ce(),[l,o]=ce(""),[a,d]=ce(),[p,u]=ce(),f=async h=>{const g=await Wt(h);s(g??void 0),o(g?.summary??""),d(void 0),u(void 0)},c=async h=>{const g={slug:h.slug,actor:h.author.slug,stance:h.stance,rights:h.rights,summary:l,quote:h.quote,statedOn:h.statedOn,citations:h.citations.map(m=>({source:m.source.slug,quote:m.quote,note:m.note}))};try{await Ke(ys,{id:h.slug,expectedVersion:h.version,input:g},e);const m=await Wt(h.slug);s(m??void 0),d(void 0),u({ok:!0,text:n.saved})}catch(m){m instanceof je&&m.code==="CONFLICT"?(d(await Wt(h.slug)??void 0),u({ok:!1,text:n.conflict})):u({ok:!1,text:m instanceof Error?m.message:String(m)})}};return r("section",{"aria-labelledby":"edit-title",children:[r("h2",{id:"edit-title",children:n.editTitle}),r("label",{children:[n.criticism," ",r("select",{id:"edit-criticism",value:i?.slug??"",onChange:h=>f(h.currentTarget.value),children:[r("option",{value:"",children:"—"}),t.map(h=>r("option",{value:h.slug,children:h.summary.slice(0,80)}))]})]}),i&&r("form",{onSubmit:h=>{h.preventDefault(),c(i)},children:[r("p",{children:[n.version," ",r("span",{id:"seen-version",children:i.version})]}),r("label",{children:[n.summary," ",r("textarea",{id:"edit-summary",rows:4,value:l,onInput:h=>o(h.currentTarget.value)})]}),r("button",{type:"submit",id:"save",children:n.save})]}),p&&r("p",{role:"status",id:"edit-status",class:p.ok?"ok":"error",children:p.text}),a&&r("div",{class:"conflict",id:"conflict",children:[r("h3",{children:[n.currentRecord," (",n.version," ",a.version,")"]}),r("p",{class:"current-summary",children:a.summary}),r("button",{type:"button",id:"reapply",onClick:()=>c(a),children:n.reapply})]})]})}const bs=j(`
  query CurationChoices {
    provisions(first: 100) { nodes { slug heading } }
    criticisms(first: 100) { nodes { slug summary author { name } } }
    incidents(first: 100) { nodes { slug title occurredOn } }
    sources(first: 100) { nodes { slug title } }
  }
`),Ss=j(`
  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }
`),Es=j(`
  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } }
  }
`),ws=j(`
  mutation LinkIncident($input: IncidentLinkInput!) {
    linkIncident(input: $input) { revision { id operation } }
  }
`),$s=["REACTION_TO_PROVISION","CITED_AS_JUSTIFICATION","COINCIDED_WITH_DEBATE"];function Is(){const{t:e,label:t}=z(),{query:n,path:i,route:s}=Se(),[l,o]=ce(()=>sessionStorage.getItem(yt)??""),a=ee(bs,{}),d=n.source??"",p=ee(Ss,{slug:d||"-"}),u=me(null),[f,c]=ce("criticism"),[h,g]=ce(n.quote??""),[m,y]=ce(),E=(S,v)=>{const $=new URLSearchParams(n);v?$.set(S,v):$.delete(S),s(`${i}?${$}`,!0)};if(!l)return r(M,{children:[r("h1",{children:e.curation}),r("form",{onSubmit:S=>{S.preventDefault();const v=String(new FormData(S.currentTarget).get("token")??"").trim();v&&(sessionStorage.setItem(yt,v),o(v))},children:[r("label",{for:"token",children:e.token})," ",r("input",{id:"token",name:"token",type:"password",autoComplete:"off",required:!0})," ",r("button",{type:"submit",children:e.signIn})]})]});const b=async S=>{S.preventDefault();const v=new FormData(S.currentTarget),$={source:d,quote:h,note:String(v.get("note")??"")||null};try{f==="criticism"?await Ke(Es,{criticism:String(v.get("target")),input:{provision:String(v.get("provision")),citations:[$]}},l):await Ke(ws,{input:{incident:String(v.get("target")),provision:String(v.get("provision")),relation:String(v.get("relation")),citations:[$]}},l),y({ok:!0,text:e.linked})}catch(C){const O=C instanceof je?`${C.code??""}: ${C.message}`:String(C);y({ok:!1,text:O})}};return r(M,{children:[r("h1",{children:e.curation}),r("p",{children:[e.signedIn," ·"," ",r("button",{type:"button",onClick:()=>{sessionStorage.removeItem(yt),o("")},children:e.signOut})]}),r(fe,{query:a,children:S=>r(M,{children:[r("section",{"aria-labelledby":"link-title",children:[r("h2",{id:"link-title",children:e.linkTitle}),r("form",{class:"curation",onSubmit:b,children:[r("label",{children:[e.linkWhat," ",r("select",{name:"what",value:f,onChange:v=>c(v.currentTarget.value),children:[r("option",{value:"criticism",children:e.criticism}),r("option",{value:"incident",children:e.incident})]})]}),r("label",{children:[f==="criticism"?e.criticism:e.incident," ",r("select",{name:"target",id:"target",children:f==="criticism"?S.criticisms.nodes.map(v=>r("option",{value:v.slug,children:[v.author.name," — ",v.summary.slice(0,80)]})):S.incidents.nodes.map(v=>r("option",{value:v.slug,children:[v.occurredOn," — ",v.title]}))})]}),f==="incident"&&r("label",{children:[e.relation," ",r("select",{name:"relation",children:$s.map(v=>r("option",{value:v,children:t(v)}))})]}),r("label",{children:[e.provision," ",r("select",{name:"provision",id:"provision",children:S.provisions.nodes.map(v=>r("option",{value:v.slug,children:v.heading}))})]}),r("label",{children:[e.source," ",r("select",{name:"source",id:"source",value:d,onChange:v=>E("source",v.currentTarget.value),children:[r("option",{value:"",children:"—"}),S.sources.nodes.map(v=>r("option",{value:v.slug,children:v.title}))]})]}),r("p",{children:[e.selectPassage," ",r("button",{type:"button",id:"use-selection",onClick:()=>g(zi(u.current,p.data?.source?.text??"")??""),children:e.useSelection})]}),r("label",{children:[e.quote," ",r("textarea",{name:"quote",id:"quote",readOnly:!0,value:h,rows:3})]}),r("label",{children:[e.note," ",r("input",{name:"note"})]}),r("button",{type:"submit",id:"link",disabled:!h||!d,children:e.link}),m&&r("p",{role:"status",class:m.ok?"ok":"error",children:m.text})]}),p.data?.source&&r(ji,{text:p.data.source.text,passages:[],containerRef:u,label:p.data.source.title})]}),r(vs,{token:l,criticisms:S.criticisms.nodes})]})})]})}function Cs(){const{t:e,lang:t,href:n}=z(),{path:i,query:s}=Se(),l=t==="fr"?"en":"fr",o=new URLSearchParams(s);l==="en"?o.set("lang","en"):o.delete("lang");const a=`${i}${o.toString()?`?${o}`:""}`;return Le(()=>{document.documentElement.lang=t},[t]),r("header",{children:[r("a",{class:"skip",href:"#main",children:e.skip}),r("nav",{"aria-label":e.nav,children:[r("a",{class:"brand",href:n("/"),children:"lawtracker"}),r("a",{href:n("/"),children:e.law}),r("a",{href:n("/map"),children:e.map}),r("a",{href:n("/timeline"),children:e.timeline}),r("a",{href:n("/search"),children:e.search}),r("a",{href:n("/curation"),children:e.curation}),r("a",{class:"lang",href:a,hrefLang:l,lang:l,"aria-label":`${e.language}: ${l==="en"?"English":"Français"}`,children:l==="en"?"English":"Français"})]})]})}function Ts(){return r(it,{scope:"/app",children:[r(Cs,{}),r("main",{id:"main",tabIndex:-1,children:r($i,{children:[r(oe,{path:"/app",component:xn}),r(oe,{path:"/app/",component:xn}),r(oe,{path:"/app/provisions/:slug",component:io}),r(oe,{path:"/app/map",component:Ko}),r(oe,{path:"/app/timeline",component:Xo}),r(oe,{path:"/app/search",component:ts}),r(oe,{path:"/app/actors/:slug",component:is}),r(oe,{path:"/app/sources/:slug",component:us}),r(oe,{path:"/app/incidents/:slug",component:ps}),r(oe,{path:"/app/facilities/:slug",component:hs}),r(oe,{path:"/app/criticisms/:slug",component:ms}),r(oe,{path:"/app/curation",component:Is}),r(oe,{default:!0,component:Cr})]})})]})}nr(r(Ts,{}),document.getElementById("app"));
