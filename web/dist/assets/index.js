var tn,H,yi,$e,Pt,vi,bi,Fn,mn,Je,Ei,_t,Jn,Xn,$i,En={},$n=[],fr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,rn=Array.isArray;function ve(e,n){for(var t in n)e[t]=n[t];return e}function yt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Ne(e,n,t){var i,o,s,c={};for(s in n)s=="key"?i=n[s]:s=="ref"?o=n[s]:c[s]=n[s];if(arguments.length>2&&(c.children=arguments.length>3?tn.call(arguments,2):t),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)c[s]===void 0&&(c[s]=e.defaultProps[s]);return Xe(e,c,i,o,null)}function Xe(e,n,t,i,o){var s={type:e,props:n,key:t,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++yi,__i:-1,__u:0};return o==null&&H.vnode!=null&&H.vnode(s),s}function A(e){return e.children}function _n(e,n){this.props=e,this.context=n}function Ce(e,n){if(n==null)return e.__?Ce(e.__,e.__i+1):null;for(var t;n<e.__k.length;n++)if((t=e.__k[n])!=null&&t.__e!=null)return t.__e;return typeof e.type=="function"?Ce(e):null}function hr(e){if(e.__P&&e.__d){var n=e.__v,t=n.__e,i=[],o=[],s=ve({},n);s.__v=n.__v+1,H.vnode&&H.vnode(s),vt(e.__P,s,n,e.__n,e.__P.namespaceURI,32&n.__u?[t]:null,i,t??Ce(n),!!(32&n.__u),o),s.__v=n.__v,s.__.__k[s.__i]=s,Ci(i,s,o),n.__e=n.__=null,s.__e!=t&&wi(s)}}function wi(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),wi(e)}function Qn(e){(!e.__d&&(e.__d=!0)&&$e.push(e)&&!wn.__r++||Pt!=H.debounceRendering)&&((Pt=H.debounceRendering)||vi)(wn)}function wn(){try{for(var e,n=1;$e.length;)$e.length>n&&$e.sort(bi),e=$e.shift(),n=$e.length,hr(e)}finally{$e.length=wn.__r=0}}function Si(e,n,t,i,o,s,c,a,u,p,d){var g,l,f,h,v,_,m=i&&i.__k||$n,b=n.length;for(u=mr(t,n,m,u,b),g=0;g<b;g++)(f=t.__k[g])!=null&&(l=f.__i!=-1&&m[f.__i]||En,f.__i=g,_=vt(e,f,l,o,s,c,a,u,p,d),h=f.__e,f.ref&&l.ref!=f.ref&&(l.ref&&bt(l.ref,null,f),d.push(f.ref,f.__c||h,f)),v==null&&h!=null&&(v=h),4&f.__u?(u=Ii(f,u,e),l.__e&&(l.__e=null)):typeof f.type=="function"&&_!==void 0?u=_:h&&(u=h.nextSibling),f.__u&=-7);return t.__e=v,u}function mr(e,n,t,i,o){var s,c,a,u,p,d=t.length,g=d,l=0;for(e.__k=new Array(o),s=0;s<o;s++)(c=n[s])!=null&&typeof c!="boolean"&&typeof c!="function"?(typeof c=="string"||typeof c=="number"||typeof c=="bigint"||c.constructor==String?c=e.__k[s]=Xe(null,c,null,null,null):rn(c)?c=e.__k[s]=Xe(A,{children:c},null,null,null):c.constructor===void 0&&c.__b>0?c=e.__k[s]=Xe(c.type,c.props,c.key,c.ref?c.ref:null,c.__v):e.__k[s]=c,u=s+l,c.__=e,c.__b=e.__b+1,a=null,(p=c.__i=_r(c,t,u,g))!=-1&&(g--,(a=t[p])&&(a.__u|=2)),a==null||a.__v==null?(p==-1&&(o>d?l--:o<d&&l++),typeof c.type!="function"&&(c.__u|=4)):p!=u&&(p==u-1?l--:p==u+1?l++:(p>u?l--:l++,c.__u|=4))):e.__k[s]=null;if(g)for(s=0;s<d;s++)(a=t[s])!=null&&(2&a.__u)==0&&(a.__e==i&&(i=Ce(a)),Oi(a,a));return i}function Ii(e,n,t){var i,o;if(typeof e.type=="function"){for(i=e.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=e,n=Ii(i[o],n,t));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=Ce(e)),n=t.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function Ti(e,n){return n=n||[],e==null||typeof e=="boolean"||(rn(e)?e.some(function(t){Ti(t,n)}):n.push(e)),n}function _r(e,n,t,i){var o,s,c,a=e.key,u=e.type,p=n[t],d=p!=null&&(2&p.__u)==0;if(p===null&&a==null||d&&a==p.key&&u==p.type)return t;if(i>(d?1:0)){for(o=t-1,s=t+1;o>=0||s<n.length;)if((p=n[c=o>=0?o--:s++])!=null&&(2&p.__u)==0&&a==p.key&&u==p.type)return c}return-1}function At(e,n,t){n[0]=="-"?e.setProperty(n,t??""):e[n]=t==null?"":typeof t!="number"||fr.test(n)?t:t+"px"}function an(e,n,t,i,o){var s,c;e:if(n=="style")if(typeof t=="string")e.style.cssText=t;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(n in i)t&&n in t||At(e.style,n,"");if(t)for(n in t)i&&t[n]==i[n]||At(e.style,n,t[n])}else if(n[0]=="o"&&n[1]=="n")s=n!=(n=n.replace(Ei,"$1")),c=n.toLowerCase(),n=c in e||n=="onFocusOut"||n=="onFocusIn"?c.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+s]=t,t?i?t[Je]=i[Je]:(t[Je]=_t,e.addEventListener(n,s?Xn:Jn,s)):e.removeEventListener(n,s?Xn:Jn,s);else{if(o=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=t??"";break e}catch{}typeof t=="function"||(t==null||t===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&t==1?"":t))}}function Lt(e){return function(n){if(this.l){var t=this.l[n.type+e];if(n[mn]==null)n[mn]=_t++;else if(n[mn]<t[Je])return;return t(H.event?H.event(n):n)}}}function vt(e,n,t,i,o,s,c,a,u,p){var d,g,l,f,h,v,_,m,b,E,S,T,C,L,P,I,w=n.type;if(n.constructor!==void 0)return null;128&t.__u&&(u=!!(32&t.__u),s=[a=n.__e=t.__e]),(d=H.__b)&&d(n);e:if(typeof w=="function"){g=c.length;try{if(b=n.props,E=w.prototype&&w.prototype.render,S=(d=w.contextType)&&i[d.__c],T=d?S?S.props.value:d.__:i,t.__c?m=(l=n.__c=t.__c).__=l.__E:(E?n.__c=l=new w(b,T):(n.__c=l=new _n(b,T),l.constructor=w,l.render=vr),S&&S.sub(l),l.state||(l.state={}),l.__n=i,f=l.__d=!0,l.__h=[],l._sb=[]),E&&l.__s==null&&(l.__s=l.state),E&&w.getDerivedStateFromProps!=null&&(l.__s==l.state&&(l.__s=ve({},l.__s)),ve(l.__s,w.getDerivedStateFromProps(b,l.__s))),h=l.props,v=l.state,l.__v=n,f)E&&w.getDerivedStateFromProps==null&&l.componentWillMount!=null&&l.componentWillMount(),E&&l.componentDidMount!=null&&l.__h.push(l.componentDidMount);else{if(E&&w.getDerivedStateFromProps==null&&b!==h&&l.componentWillReceiveProps!=null&&l.componentWillReceiveProps(b,T),n.__v==t.__v||!l.__e&&l.shouldComponentUpdate!=null&&l.shouldComponentUpdate(b,l.__s,T)===!1){n.__v!=t.__v&&(l.props=b,l.state=l.__s,l.__d=!1),n.__e=t.__e,n.__k=t.__k,n.__k.some(function(R){R&&(R.__=n)}),$n.push.apply(l.__h,l._sb),l._sb=[],l.__h.length&&c.push(l),a=Ce(t);break e}l.componentWillUpdate!=null&&l.componentWillUpdate(b,l.__s,T),E&&l.componentDidUpdate!=null&&l.__h.push(function(){l.componentDidUpdate(h,v,_)})}if(l.context=T,l.props=b,l.__P=e,l.__e=!1,C=H.__r,L=0,E)l.state=l.__s,l.__d=!1,C&&C(n),d=l.render(l.props,l.state,l.context),$n.push.apply(l.__h,l._sb),l._sb=[];else do l.__d=!1,C&&C(n),d=l.render(l.props,l.state,l.context),l.state=l.__s;while(l.__d&&++L<25);l.state=l.__s,l.getChildContext!=null&&(i=ve(ve({},i),l.getChildContext())),E&&!f&&l.getSnapshotBeforeUpdate!=null&&(_=l.getSnapshotBeforeUpdate(h,v)),P=d!=null&&d.type===A&&d.key==null?Ri(d.props.children):d,a=Si(e,rn(P)?P:[P],n,t,i,o,s,c,a,u,p),l.base=n.__e,n.__u&=-161,l.__h.length&&c.push(l),m&&(l.__E=l.__=null)}catch(R){if(c.length=g,n.__v=null,u||s!=null){if(R.then){for(n.__u|=u?160:128;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;s!=null&&(s[s.indexOf(a)]=null),n.__e=a}else if(s!=null)for(I=s.length;I--;)yt(s[I])}else n.__e=t.__e;n.__k==null&&(n.__k=t.__k||[]),R.then||Ni(n),H.__e(R,n,t)}}else s==null&&n.__v==t.__v?(n.__k=t.__k,n.__e=t.__e):a=n.__e=yr(t.__e,n,t,i,o,s,c,u,p);return(d=H.diffed)&&d(n),128&n.__u?void 0:a}function Ni(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Ni))}function Ci(e,n,t){for(var i=0;i<t.length;i++)bt(t[i],t[++i],t[++i]);H.__c&&H.__c(n,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(s){s.call(o)})}catch(s){H.__e(s,o.__v)}})}function Ri(e){return typeof e!="object"||e==null||e.__b>0?e:rn(e)?e.map(Ri):e.constructor!==void 0?null:ve({},e)}function yr(e,n,t,i,o,s,c,a,u){var p,d,g,l,f,h,v,_=t.props||En,m=n.props,b=n.type;if(b=="svg"?o="http://www.w3.org/2000/svg":b=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),s!=null){for(p=0;p<s.length;p++)if((f=s[p])&&"setAttribute"in f==!!b&&(b?f.localName==b:f.nodeType==3)){e=f,s[p]=null;break}}if(e==null){if(b==null)return document.createTextNode(m);e=document.createElementNS(o,b,m.is&&m),a&&(H.__m&&H.__m(n,s),a=!1),s=null}if(b==null)_===m||a&&e.data==m||(e.data=m);else{if(s=b=="textarea"&&m.defaultValue!=null?null:s&&tn.call(e.childNodes),!a&&s!=null)for(_={},p=0;p<e.attributes.length;p++)_[(f=e.attributes[p]).name]=f.value;for(p in _)f=_[p],p=="dangerouslySetInnerHTML"?g=f:p=="children"||p in m||p=="value"&&"defaultValue"in m||p=="checked"&&"defaultChecked"in m||an(e,p,null,f,o);for(p in m)f=m[p],p=="children"?l=f:p=="dangerouslySetInnerHTML"?d=f:p=="value"?h=f:p=="checked"?v=f:a&&typeof f!="function"||_[p]===f||an(e,p,f,_[p],o);if(d)a||g&&(d.__html==g.__html||d.__html==e.innerHTML)||(e.innerHTML=d.__html),n.__k=[];else if(g&&(e.innerHTML=""),Si(n.type=="template"?e.content:e,rn(l)?l:[l],n,t,i,b=="foreignObject"?"http://www.w3.org/1999/xhtml":o,s,c,s?s[0]:t.__k&&Ce(t,0),a,u),s!=null)for(p=s.length;p--;)yt(s[p]);a&&b!="textarea"||(p="value",b=="progress"&&h==null?e.removeAttribute("value"):h!=null&&(h!==e[p]||b=="progress"&&!h||b=="option"&&h!=_[p])&&an(e,p,h,_[p],o),p="checked",v!=null&&v!=e[p]&&an(e,p,v,_[p],o))}return e}function bt(e,n,t){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(o){H.__e(o,t)}}function Oi(e,n,t){var i,o;if(H.unmount&&H.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||bt(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(s){H.__e(s,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&Oi(i[o],n,t||typeof e.type!="function");t||yt(e.__e),e.__c=e.__=e.__e=void 0}function vr(e,n,t){return this.constructor(e,t)}function br(e,n,t){var i,o,s,c;n==document&&(n=document.documentElement),H.__&&H.__(e,n),o=(i=!1)?null:n.__k,s=[],c=[],vt(n,e=n.__k=Ne(A,null,[e]),o||En,En,n.namespaceURI,o?null:n.firstChild?tn.call(n.childNodes):null,s,o?o.__e:n.firstChild,i,c),Ci(s,e,c),e.props.children=null}function kt(e,n,t){var i,o,s,c,a=ve({},e.props);for(s in e.type&&e.type.defaultProps&&(c=e.type.defaultProps),n)s=="key"?i=n[s]:s=="ref"?o=n[s]:a[s]=n[s]===void 0&&c!=null?c[s]:n[s];return arguments.length>2&&(a.children=arguments.length>3?tn.call(arguments,2):t),Xe(e.type,a,i||e.key,o||e.ref,null)}function Pi(e){function n(t){var i,o;return this.getChildContext||(i=new Set,(o={})[n.__c]=this,this.getChildContext=function(){return o},this.componentWillUnmount=function(){i=null},this.shouldComponentUpdate=function(s){this.props.value!=s.value&&i.forEach(function(c){c.__e=!0,Qn(c)})},this.sub=function(s){i.add(s);var c=s.componentWillUnmount;s.componentWillUnmount=function(){i&&i.delete(s),c&&c.call(s)}}),t.children}return n.__c="__cC"+$i++,n.__=e,n.Provider=n.__l=(n.Consumer=function(t,i){return t.children(i)}).contextType=n,n}tn=$n.slice,H={__e:function(e,n,t,i){for(var o,s,c;n=n.__;)if((o=n.__c)&&!o.__)try{if((s=o.constructor)&&s.getDerivedStateFromError!=null&&(o.setState(s.getDerivedStateFromError(e)),c=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,i||{}),c=o.__d),c)return o.__E=o}catch(a){e=a}throw e}},yi=0,_n.prototype.setState=function(e,n){var t;t=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ve({},this.state),typeof e=="function"&&(e=e(ve({},t),this.props)),e&&ve(t,e),e!=null&&this.__v&&(n&&this._sb.push(n),Qn(this))},_n.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Qn(this))},_n.prototype.render=A,$e=[],vi=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,bi=function(e,n){return e.__v.__b-n.__v.__b},wn.__r=0,Fn=Math.random().toString(8),mn="__d"+Fn,Je="__a"+Fn,Ei=/(PointerCapture)$|Capture$/i,_t=0,Jn=Lt(!1),Xn=Lt(!0),$i=0;var Er=0;function r(e,n,t,i,o,s){n||(n={});var c,a,u=n;if("ref"in u)for(a in u={},n)a=="ref"?c=n[a]:u[a]=n[a];var p={type:e,props:u,key:t,ref:c,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Er,__i:-1,__u:0,__source:o,__self:s};if(typeof e=="function"&&(c=e.defaultProps))for(a in c)u[a]===void 0&&(u[a]=c[a]);return H.vnode&&H.vnode(p),p}var Re,W,Mn,qt,Sn=0,Ai=[],X=H,Dt=X.__b,xt=X.__r,Ft=X.diffed,Mt=X.__c,Ut=X.unmount,Bt=X.__;function on(e,n){X.__h&&X.__h(W,e,Sn||n),Sn=0;var t=W.__H||(W.__H={__:[],__h:[]});return e>=t.__.length&&t.__.push({}),t.__[e]}function G(e){return Sn=1,Et(qi,e)}function Et(e,n,t){var i=on(Re++,2);if(i.t=e,!i.__c&&(i.__=[qi(void 0,n),function(a){var u=i.__N?i.__N[0]:i.__[0],p=i.t(u,a);u!==p&&(i.__N=[p,i.__[1]],i.__c.setState({}))}],i.__c=W,!W.__f)){var o=function(a,u,p){if(!i.__c.__H)return!0;var d=!1,g=i.__c.props!==a;if(i.__c.__H.__.some(function(f){if(f.__N){d=!0;var h=f.__[0];f.__=f.__N,f.__N=void 0,h!==f.__[0]&&(g=!0)}}),s){var l=s.call(this,a,u,p);return d?l||g:l}return!d||g};W.__f=!0;var s=W.shouldComponentUpdate,c=W.componentWillUpdate;W.componentWillUpdate=function(a,u,p){if(this.__e){var d=s;s=void 0,o(a,u,p),s=d}c&&c.call(this,a,u,p)},W.shouldComponentUpdate=o}return i.__N||i.__}function we(e,n){var t=on(Re++,3);!X.__s&&wt(t.__H,n)&&(t.__=e,t.u=n,W.__H.__h.push(t))}function Li(e,n){var t=on(Re++,4);!X.__s&&wt(t.__H,n)&&(t.__=e,t.u=n,W.__h.push(t))}function me(e){return Sn=5,$t(function(){return{current:e}},[])}function $t(e,n){var t=on(Re++,7);return wt(t.__H,n)&&(t.__=e(),t.__H=n,t.__h=e),t.__}function ki(e){var n=W.context[e.__c],t=on(Re++,9);return t.c=e,n?(t.__==null&&(t.__=!0,n.sub(W)),n.props.value):e.__}function $r(){for(var e;e=Ai.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(yn),n.__h.some(Zn),n.__h=[]}catch(t){n.__h=[],X.__e(t,e.__v)}}}X.__b=function(e){W=null,Dt&&Dt(e)},X.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),Bt&&Bt(e,n)},X.__r=function(e){xt&&xt(e),Re=0;var n=(W=e.__c).__H;n&&(Mn===W?(n.__h=[],W.__h=[],n.__.some(function(t){t.__N&&(t.__=t.__N),t.u=t.__N=void 0})):(n.__h.some(yn),n.__h.some(Zn),n.__h=[],Re=0)),Mn=W},X.diffed=function(e){Ft&&Ft(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(Ai.push(n)!==1&&qt===X.requestAnimationFrame||((qt=X.requestAnimationFrame)||wr)($r)),n.__H.__.some(function(t){t.u&&(t.__H=t.u,t.u=void 0)})),Mn=W=null},X.__c=function(e,n){n.some(function(t){try{t.__h.some(yn),t.__h=t.__h.filter(function(i){return!i.__||Zn(i)})}catch(i){n.some(function(o){o.__h&&(o.__h=[])}),n=[],X.__e(i,t.__v)}}),Mt&&Mt(e,n)},X.unmount=function(e){Ut&&Ut(e);var n,t=e.__c;t&&t.__H&&(t.__H.__.some(function(i){try{yn(i)}catch(o){n=o}}),t.__H=void 0,n&&X.__e(n,t.__v))};var Ht=typeof requestAnimationFrame=="function";function wr(e){var n,t=function(){clearTimeout(i),Ht&&cancelAnimationFrame(n),setTimeout(e)},i=setTimeout(t,35);Ht&&(n=requestAnimationFrame(t))}function yn(e){var n=W,t=e.__c;typeof t=="function"&&(e.__c=void 0,t()),W=n}function Zn(e){var n=W;e.__c=e.__(),W=n}function wt(e,n){return!e||e.length!==n.length||n.some(function(t,i){return t!==e[i]})}function qi(e,n){return typeof n=="function"?n(e):n}let Le,Ge;function Sr(e){return!Ge||(typeof Ge=="string"?e.startsWith(Ge):Ge.test(e))}function Ir(e,n){let t="";if(Le=void 0,n&&n.type==="click"){if(n.ctrlKey||n.metaKey||n.altKey||n.shiftKey||n.button!==0)return e;const i=n.composedPath().find(s=>s.nodeName=="A"&&s.href),o=i&&i.getAttribute("href");if(!i||i.origin!=location.origin||/^#/.test(o)||!/^(_?self)?$/i.test(i.target)||!Sr(o)||i.download)return e;Le=!0,n.preventDefault(),t=i.href.replace(location.origin,"")}else n&&n.url?(Le=!n.replace,t=n.url):t=location.pathname+location.search;return Le===!0?history.pushState(null,"",t):Le===!1&&history.replaceState(null,"",t),t}const Tr=(e,n,t={})=>{e=e.split("/").filter(Boolean),n=(n||"").split("/").filter(Boolean),t.params||(t.params={});for(let i=0,o,s;i<Math.max(e.length,n.length);i++){let[,c,a,u]=(n[i]||"").match(/^(:?)(.*?)([+*?]?)$/);if(o=e[i],!(!c&&a==o)){if(!c&&o&&u=="*"){t.rest="/"+e.slice(i).join("/");break}if(!c||!o&&u!="?"&&u!="*")return;if(s=u=="+"||u=="*",s?o=e.slice(i).map(decodeURIComponent).join("/")||void 0:o&&(o=decodeURIComponent(o)),t.params[a]=o,a in t||(t[a]=o),s)break}}return t};function sn(e){const[n,t]=Et(Ir,e.url||location.pathname+location.search);e.scope&&(Ge=e.scope);const i=Le===!0,o=$t(()=>{const s=new URL(n,location.origin),c=s.pathname.replace(/\/+$/g,"")||"/";return{url:n,path:c,query:Object.fromEntries(s.searchParams),route:(a,u)=>t({url:a,replace:u}),back:()=>{history.back()},forward:()=>{history.forward()},wasPush:i}},[n]);return Li(()=>(addEventListener("click",t),addEventListener("popstate",t),()=>{removeEventListener("click",t),removeEventListener("popstate",t)}),[]),Ne(sn.ctx.Provider,{value:o},e.children)}const Nr=Promise.resolve();function Di(e){const[n,t]=Et(I=>I+1,0),{url:i,query:o,wasPush:s,path:c}=be();if(!i)throw new Error("preact-iso's <Router> must be used within a <LocationProvider>, see: https://github.com/preactjs/preact-iso#locationprovider");const{rest:a=c,params:u={}}=ki(Gt),p=me(!1),d=me(c),g=me(1),l=me(),f=me(),h=me(),v=me(!1),_=me();_.current=!1;let m,b,E;Ti(e.children).some(I=>{if(Tr(a,I.props.path,E={...I.props,path:a,query:o,params:Object.assign({},u),rest:""}))return m=kt(I,E);I.props.default&&(b=kt(I,E))});let S=m||b;const T=l.current&&l.current.__u&ln&&l.current.__u&cn,C=l.current&&l.current.__h,L=$t(()=>{f.current=l.current,l.current=Ne(Gt.Provider,{value:E},S);const I=f.current&&f.current.props.children;return!I||!S||S.type!==I.type||S.props.component!==I.props.component?(g.current++,!0):!1},[i,JSON.stringify(E)]);T?(l.current.__u|=ln,l.current.__u|=cn):C&&(l.current.__h=!0);const P=f.current;return f.current=null,this.__c=(I,w)=>{_.current=!0,f.current=P,e.onLoadStart&&e.onLoadStart(i),p.current=!0;let R=g.current;I.then(()=>{R===g.current&&(f.current=null,l.current&&(w.__h&&(l.current.__h=w.__h),w.__u&cn&&(l.current.__u|=cn),w.__u&ln&&(l.current.__u|=ln)),Nr.then(t))})},Li(()=>{const I=this.__v&&this.__v.__e;if(_.current){!v.current&&!h.current&&(h.current=I);return}!v.current&&h.current&&(h.current!==I&&h.current.remove(),h.current=null),v.current=!0,d.current!==c&&(s&&scrollTo(0,0),e.onRouteChange&&e.onRouteChange(i),d.current=c),e.onLoadEnd&&p.current&&e.onLoadEnd(i),p.current=!1},[c,s,n]),L?[Ne(Un,{r:l,key:g.current}),Ne(Un,{r:f,key:g.current-1})]:Ne(Un,{r:l,key:g.current})}const ln=32,cn=128,Un=({r:e})=>e.current;Di.Provider=sn;sn.ctx=Pi({});const Gt=Pi({}),oe=e=>Ne(e.component,e),be=()=>ki(sn.ctx),Cr={colon:" : ",open:"« ",close:" »",lawNumber:e=>`Loi n° ${e}`,skip:"Aller au contenu",nav:"Navigation principale",law:"Loi",map:"Carte",timeline:"Chronologie",search:"Recherche",curation:"Curation",language:"Langue",loading:"Chargement…",notFound:"Introuvable",error:"Erreur",stages:"Étapes législatives",events:"Événements",timeAxis:"Axe du temps : étapes et événements",articlesByTheme:"Articles par thème",status:"Statut",parameters:"Mesures à chaque étape",measure:"Mesure",beforeTheLaw:"avant la loi",diff:"Comparer deux moments",diffFrom:"De",diffTo:"À",diffHelp:"Une étape ou une date (AAAA-MM-JJ)",text:"Texte",noText:"Aucune source ne donne le texte à ce moment.",sourceAccount:"Récit d'une source, pas le texte légal",measures:"Mesures",noMeasureChange:"Aucune mesure ne change.",incidents:"Incidents liés",criticisms:"Critiques et soutiens",evidence:"Preuves",source:"Source",reliability:"Fiabilité",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"non confirmé : sources peu fiables seulement",claims:"Affirmations contestées",contested:"contesté",filters:"Filtres",from:"Du",to:"Au",kind:"Type",provision:"Disposition",any:"Tous",markers:(e,n)=>`${e} incident${e>1?"s":""} sur la carte, ${n} sans coordonnées`,basemapCredit:"Fond de carte : Natural Earth 1:50m (domaine public), paquet npm world-atlas.",searchLabel:"Rechercher (français ou anglais)",results:e=>`${e} résultat${e>1?"s":""}`,byRight:"Critiques par droit invoqué",readSource:"Lire la source",citedPassages:e=>`${e} passage${e>1?"s":""} cité${e>1?"s":""}`,supports:"appuie",token:"Jeton d'API",signIn:"Se connecter",signOut:"Se déconnecter",signedIn:"Connecté",signedInAs:e=>`Connecté en tant que ${e}`,signedInWithToken:"Connecté avec un jeton d'API",roles:{contributor:"contributeur",editor:"éditeur",admin:"administrateur"},login:"Identifiant (adresse e-mail ou nom d'utilisateur)",password:"Mot de passe",haveInvitation:"J'ai une invitation",invitationCode:"Code d'invitation",newPassword:"Nouveau mot de passe",newPasswordHelp:"12 caractères au moins ; une phrase de passe est plus facile à retenir.",acceptInvitation:"Créer mon compte",useToken:"Utiliser un jeton d'API",useTokenHelp:"Pour qui utilise aussi des scripts : un jeton créé par un administrateur.",wrongLogin:"Identifiant ou mot de passe incorrect.",throttled:e=>`Trop de tentatives : réessayez dans ${e} s.`,signedOut:"Vous êtes déconnecté.",signOutFailed:"La déconnexion a échoué ; réessayez.",serverMessages:{"this invitation does not exist, was used already, or has expired":"Cette invitation n'existe pas, a déjà servi ou a expiré.","an account with this login exists":"Un compte existe déjà avec cet identifiant.","a login (an e-mail address or a user name) has 3 to 254 characters":"Un identifiant (adresse e-mail ou nom d'utilisateur) a de 3 à 254 caractères.","a login may not contain spaces or control characters":"Un identifiant ne peut contenir ni espace ni caractère de contrôle.","a password needs at least 12 characters":"Un mot de passe a au moins 12 caractères.","a password has at most 256 characters":"Un mot de passe a au plus 256 caractères.","the password may not be the login":"Le mot de passe ne peut pas être l'identifiant.","the account was created but could not be signed in":"Le compte est créé, mais la connexion a échoué : connectez-vous ci-dessus.","sign in from this server's own pages":"Connectez-vous depuis les pages de ce serveur.","accept invitations from this server's own pages":"Acceptez l'invitation depuis les pages de ce serveur."},linkTitle:"Lier à une disposition, preuve à l'appui",linkWhat:"Quoi lier",criticism:"Critique",incident:"Incident",relation:"Relation",selectPassage:"Sélectionnez le passage dans la source ci-dessous, puis :",useSelection:"Prendre la sélection comme citation",linkSelection:"Lier ce passage à une disposition",quote:"Citation",note:"Note",link:"Lier",linked:"Lien enregistré.",editTitle:"Modifier le résumé d'une critique",summary:"Résumé",version:"Version",save:"Enregistrer",saved:"Enregistré.",conflict:"Conflit : quelqu'un a modifié cet enregistrement depuis votre lecture.",currentRecord:"L'enregistrement actuel",reapply:"Réappliquer ma modification",facility:"Établissement",aliases:"Autres noms",actor:"Acteur",stance:"Position",date:"Date",outcomes:"Bilan",none:"Aucun",notTranslated:"Ce résumé n'est pas encore traduit : il est affiché en anglais.",summaryFr:"Résumé en français",summaryEn:"Résumé en anglais",proposals:"Propositions",proposalsIntro:"Les modifications d'un contributeur attendent qu'un éditeur ou un administrateur les relise avant d'être publiées.",sentForReview:"Envoyé pour relecture : ce n'est pas publié tant qu'un éditeur ne l'a pas approuvé.",seeProposals:"Voir mes propositions",waitingTitle:"En attente de relecture",reviewedTitle:"Relues",noProposals:"Aucune proposition.",proposedBy:(e,n)=>`Proposée par ${e} le ${n}`,reviewedBy:(e,n)=>`Relue par ${e} le ${n}`,reason:"Raison",proposalVerbs:{CREATE:"Créer",UPDATE:"Modifier",DELETE:"Supprimer",LINK:"Lier",UNLINK:"Retirer le lien",LOAD:"Charger"},changedFields:"Champs modifiés",field:"Champ",before:"Avant",after:"Après",nothing:"(rien)",yes:"oui",no:"non",noFieldChanges:"Aucun champ ne change.",approve:"Approuver",reject:"Refuser",rejectReason:"Raison du refus (son auteur la lira)",sendRejection:"Refuser la proposition",cancel:"Annuler",approvedNotice:"Proposition approuvée : elle est publiée.",rejectedNotice:"Proposition refusée.",ownProposal:"Votre proposition : un autre éditeur la relira.",reviewErrors:{CONFLICT:"L'enregistrement a changé depuis cette proposition : elle ne peut plus être appliquée telle quelle. Refusez-la ou demandez à son auteur de la refaire.",FORBIDDEN:"Vous ne pouvez pas relire cette proposition : c'est la vôtre, elle a déjà été relue, ou c'est une suppression, que seul un administrateur approuve.",NOT_FOUND:"Cette proposition, ou l'enregistrement qu'elle modifie, n'existe plus.",BAD_USER_INPUT:"La proposition ne peut pas être appliquée telle quelle : ses données ne sont plus valides.",UNAUTHENTICATED:"Votre session a pris fin : reconnectez-vous."},reasonRequired:"Dites pourquoi vous refusez : son auteur le lira.",currentVersionIs:e=>`Version actuelle de l'enregistrement : ${e}.`,fieldNames:{slug:"identifiant",name:"nom",summary:"résumé",summary_fr:"résumé en français",summaryFr:"résumé en français",quote:"citation",note:"note",citations:"preuves",source:"source",provision:"disposition",criticism:"critique",incident:"incident",relation:"relation",stance:"position",rights:"droits invoqués",actor:"acteur",stated_on:"date de la déclaration",statedOn:"date de la déclaration",version:"version",title:"titre",description:"description",kind:"type",disputed:"contesté",disputed_note:"note sur la contestation"}},Rr={colon:": ",open:"“",close:"”",lawNumber:e=>`Law No. ${e}`,skip:"Skip to content",nav:"Main navigation",law:"Law",map:"Map",timeline:"Timeline",search:"Search",curation:"Curation",language:"Language",loading:"Loading…",notFound:"Not found",error:"Error",stages:"Legislative stages",events:"Events",timeAxis:"Time axis: stages and events",articlesByTheme:"Articles by theme",status:"Status",parameters:"Measures at each stage",measure:"Measure",beforeTheLaw:"before the law",diff:"Compare two moments",diffFrom:"From",diffTo:"To",diffHelp:"A stage or a day (YYYY-MM-DD)",text:"Text",noText:"No source gives the text at that moment.",sourceAccount:"A source's account, not the legal wording",measures:"Measures",noMeasureChange:"No measure changes.",incidents:"Linked incidents",criticisms:"Criticisms and support",evidence:"Evidence",source:"Source",reliability:"Reliability",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"unconfirmed: low-reliability sources only",claims:"Contested claims",contested:"contested",filters:"Filters",from:"From",to:"To",kind:"Kind",provision:"Provision",any:"Any",markers:(e,n)=>`${e} incident${e>1?"s":""} on the map, ${n} without coordinates`,basemapCredit:"Basemap: Natural Earth 1:50m (public domain), npm package world-atlas.",searchLabel:"Search (French or English)",results:e=>`${e} result${e>1?"s":""}`,byRight:"Criticisms by right invoked",readSource:"Read the source",citedPassages:e=>`${e} cited passage${e>1?"s":""}`,supports:"supports",token:"API token",signIn:"Sign in",signOut:"Sign out",signedIn:"Signed in",signedInAs:e=>`Signed in as ${e}`,signedInWithToken:"Signed in with an API token",roles:{contributor:"contributor",editor:"editor",admin:"administrator"},login:"Login (e-mail address or user name)",password:"Password",haveInvitation:"I have an invitation",invitationCode:"Invitation code",newPassword:"New password",newPasswordHelp:"At least 12 characters; a passphrase is easier to remember.",acceptInvitation:"Create my account",useToken:"Use an API token",useTokenHelp:"For people who also run scripts: a token made by an administrator.",wrongLogin:"Wrong login or password.",throttled:e=>`Too many attempts: try again in ${e} s.`,signedOut:"You are signed out.",signOutFailed:"Signing out failed; try again.",serverMessages:{"this invitation does not exist, was used already, or has expired":"This invitation does not exist, was used already, or has expired.","an account with this login exists":"An account with this login exists.","a login (an e-mail address or a user name) has 3 to 254 characters":"A login (an e-mail address or a user name) has 3 to 254 characters.","a login may not contain spaces or control characters":"A login may not contain spaces or control characters.","a password needs at least 12 characters":"A password needs at least 12 characters.","a password has at most 256 characters":"A password has at most 256 characters.","the password may not be the login":"The password may not be the login.","the account was created but could not be signed in":"The account was created but could not be signed in: sign in above.","sign in from this server's own pages":"Sign in from this server's own pages.","accept invitations from this server's own pages":"Accept invitations from this server's own pages."},linkTitle:"Link to a provision, with evidence",linkWhat:"What to link",criticism:"Criticism",incident:"Incident",relation:"Relation",selectPassage:"Select the passage in the source below, then:",useSelection:"Use the selection as the quote",linkSelection:"Link this passage to a provision",quote:"Quote",note:"Note",link:"Link",linked:"Link recorded.",editTitle:"Edit a criticism's summary",summary:"Summary",version:"Version",save:"Save",saved:"Saved.",conflict:"Conflict: someone changed this record since you read it.",currentRecord:"The current record",reapply:"Reapply my change",facility:"Facility",aliases:"Other names",actor:"Actor",stance:"Stance",date:"Date",outcomes:"Outcomes",none:"None",notTranslated:"This summary has no French translation yet: it is shown in English.",summaryFr:"Summary in French",summaryEn:"Summary in English",proposals:"Proposals",proposalsIntro:"A contributor's changes wait until an editor or an administrator reviews them before they are published.",sentForReview:"Sent for review: it is not published until an editor approves it.",seeProposals:"See my proposals",waitingTitle:"Waiting for review",reviewedTitle:"Reviewed",noProposals:"No proposals.",proposedBy:(e,n)=>`Proposed by ${e} on ${n}`,reviewedBy:(e,n)=>`Reviewed by ${e} on ${n}`,reason:"Reason",proposalVerbs:{CREATE:"Create",UPDATE:"Update",DELETE:"Delete",LINK:"Link",UNLINK:"Remove the link",LOAD:"Load"},changedFields:"Changed fields",field:"Field",before:"Before",after:"After",nothing:"(nothing)",yes:"yes",no:"no",noFieldChanges:"No field changes.",approve:"Approve",reject:"Reject",rejectReason:"Why it is rejected (its author will read this)",sendRejection:"Reject the proposal",cancel:"Cancel",approvedNotice:"Proposal approved: it is published.",rejectedNotice:"Proposal rejected.",ownProposal:"Your proposal: another editor will review it.",reviewErrors:{CONFLICT:"The record changed since this proposal was made: it cannot be applied as it is. Reject it or ask its author to make it again.",FORBIDDEN:"You cannot review this proposal: it is yours, it was reviewed already, or it is a deletion, which only an administrator approves.",NOT_FOUND:"This proposal, or the record it changes, no longer exists.",BAD_USER_INPUT:"The proposal cannot be applied as it is: its data are no longer valid.",UNAUTHENTICATED:"Your session ended: sign in again."},reasonRequired:"Say why you reject it: its author will read this.",currentVersionIs:e=>`The record's current version: ${e}.`,fieldNames:{slug:"identifier",name:"name",summary:"summary",summary_fr:"summary in French",summaryFr:"summary in French",quote:"quote",note:"note",citations:"evidence",source:"source",provision:"provision",criticism:"criticism",incident:"incident",relation:"relation",stance:"stance",rights:"rights invoked",actor:"actor",stated_on:"date of the statement",statedOn:"date of the statement",version:"version",title:"title",description:"description",kind:"kind",disputed:"disputed",disputed_note:"note on the dispute"}},Or={fr:Cr,en:Rr},Pr={fr:{PROPOSED:"proposé",ADOPTED:"adopté",IN_FORCE:"en vigueur",IN_FORCE_WITH_RESERVATION:"en vigueur sous réserve",PARTLY_CENSURED:"partiellement censuré",CENSURED:"censuré",DROPPED:"supprimé",REPEALED:"abrogé",DETENTION_REGIME:"Régime de détention",COMMUNICATIONS:"Communications",PROSECUTION:"Poursuites",FACILITIES:"Établissements",INVESTIGATION:"Enquête",ASSETS:"Avoirs",PUBLIC_ORDER:"Ordre public",PROCEDURE:"Procédure",MONEY_LAUNDERING:"Blanchiment",INFORMANTS:"Repentis et informateurs",LOCAL_POWERS:"Pouvoirs des maires et préfets",CUSTOMS_PORTS:"Douanes et ports",UNKNOWN:"Contenu non encore documenté",HIGH:"élevée",MEDIUM:"moyenne",LOW:"faible",UNRELIABLE:"non fiable",UNRATED:"non évaluée",ARSON:"incendie",GUNFIRE:"tirs",VANDALISM:"vandalisme",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"émeute",ASSAULT:"agression",SMUGGLING:"contrebande",ESCAPE_ATTEMPT:"tentative d'évasion",OTHER:"autre",OPPOSES:"s'oppose",CONCERNED:"inquiet",SUPPORTS:"soutient",DEMANDS_ACTION:"demande d'agir",LEGISLATIVE_STAGE:"étape",INCIDENT:"incident",STATEMENT:"déclaration",LIFECYCLE_EVENT:"événement",REACTION_TO_PROVISION:"réaction à la disposition",CITED_AS_JUSTIFICATION:"invoqué comme justification",COINCIDED_WITH_DEBATE:"pendant le débat",PROVISION:"disposition",CRITICISM:"critique",FACILITY:"établissement",ACTOR:"acteur",SOURCE:"source",LAW:"loi",CLAIM_QUESTION:"question contestée",PROVISION_INCIDENT:"lien disposition–incident",PROVISION_CRITICISM:"lien disposition–critique",CAMPAIGN:"campagne",PERSON:"personne",GOVERNMENT:"gouvernement",PUBLIC_BODY:"organisme public",PROSECUTOR:"parquet",UNION:"syndicat",NGO:"ONG",PROFESSIONAL_BODY:"organisation professionnelle",COURT:"juridiction",CRIMINAL_GROUP:"groupe criminel",SENATE:"Sénat",NATIONAL_ASSEMBLY:"Assemblée nationale",JOINT_COMMITTEE:"commission mixte paritaire",CONSTITUTIONAL_COUNCIL:"Conseil constitutionnel",PRESIDENT:"Président de la République",YEAR:"année",MONTH:"mois",DAY:"jour",GENERATION:"promulgation",AMENDMENT:"amendement",CENSURE:"censure",PARTIAL_CENSURE:"censure partielle",RESERVATION:"réserve d'interprétation",REPEAL:"abrogation",IMPLEMENTING_DECREE:"décret d'application",ENTRY_INTO_FORCE:"entrée en vigueur",FACILITY_OPENING:"ouverture d'un établissement",COURT_DECISION:"décision de justice",ASSESSMENT:"évaluation",BODY_ESTABLISHED:"installation d'un organe",PRISON:"prison",SCHOOL:"école",STAFF_HOUSING:"logement du personnel",FR:"français",EN:"anglais",CREATE:"création",UPDATE:"modification",DELETE:"suppression",LINK:"lien",UNLINK:"retrait d'un lien",LOAD:"chargement",DURATION:"durée",COUNT:"nombre",CAPACITY:"capacité",MONEY:"montant",PERCENTAGE:"pourcentage",EXACTLY:"exactement",UP_TO:"jusqu'à",ABOUT:"environ",AT_LEAST:"au moins",MORE_THAN:"plus de",BETWEEN:"entre",NEWS_REPORT:"article de presse",FORUM_POST:"message de forum",RESEARCH_COMPILATION:"compilation de recherche",GENERATED_CONTENT:"contenu généré",OFFICIAL_TEXT:"texte officiel",INTRODUCED:"dépôt",COMMITTEE_TEXT:"texte de commission",VOTE:"vote",FINAL_VOTE:"vote définitif",REFERRAL:"saisine",DECISION:"décision",PROMULGATION:"promulgation",PUBLICATION:"publication",KEPT:"inchangé",INSERTED:"ajouté",DELETED:"supprimé",WORDING:"texte légal",SOURCE_ACCOUNT:"récit d'une source",PENDING:"en attente de relecture",APPROVED:"approuvée",REJECTED:"refusée"},en:{PROPOSED:"proposed",ADOPTED:"adopted",IN_FORCE:"in force",IN_FORCE_WITH_RESERVATION:"in force with a reservation",PARTLY_CENSURED:"partly censured",CENSURED:"censured",DROPPED:"dropped",REPEALED:"repealed",DETENTION_REGIME:"Detention regime",COMMUNICATIONS:"Communications",PROSECUTION:"Prosecution",FACILITIES:"Facilities",INVESTIGATION:"Investigation",ASSETS:"Assets",PUBLIC_ORDER:"Public order",PROCEDURE:"Procedure",MONEY_LAUNDERING:"Money laundering",INFORMANTS:"Informants and collaborators of justice",LOCAL_POWERS:"Powers of mayors and prefects",CUSTOMS_PORTS:"Customs and ports",UNKNOWN:"Content not yet documented",HIGH:"high",MEDIUM:"medium",LOW:"low",UNRELIABLE:"unreliable",UNRATED:"unrated",ARSON:"arson",GUNFIRE:"gunfire",VANDALISM:"vandalism",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"riot",ASSAULT:"assault",SMUGGLING:"smuggling",ESCAPE_ATTEMPT:"escape attempt",OTHER:"other",OPPOSES:"opposes",CONCERNED:"concerned",SUPPORTS:"supports",DEMANDS_ACTION:"demands action",LEGISLATIVE_STAGE:"stage",INCIDENT:"incident",STATEMENT:"statement",LIFECYCLE_EVENT:"event",REACTION_TO_PROVISION:"reaction to the provision",CITED_AS_JUSTIFICATION:"cited as justification",COINCIDED_WITH_DEBATE:"during the debate",PROVISION:"provision",CRITICISM:"criticism",FACILITY:"facility",ACTOR:"actor",SOURCE:"source",LAW:"law",CLAIM_QUESTION:"contested question",PROVISION_INCIDENT:"provision–incident link",PROVISION_CRITICISM:"provision–criticism link",CAMPAIGN:"campaign",PERSON:"person",GOVERNMENT:"government",PUBLIC_BODY:"public body",PROSECUTOR:"prosecutor's office",UNION:"union",NGO:"NGO",PROFESSIONAL_BODY:"professional body",COURT:"court",CRIMINAL_GROUP:"criminal group",SENATE:"Senate",NATIONAL_ASSEMBLY:"National Assembly",JOINT_COMMITTEE:"joint committee",CONSTITUTIONAL_COUNCIL:"Constitutional Council",PRESIDENT:"President of the Republic",YEAR:"year",MONTH:"month",DAY:"day",GENERATION:"promulgation",AMENDMENT:"amendment",CENSURE:"censure",PARTIAL_CENSURE:"partial censure",RESERVATION:"interpretive reservation",REPEAL:"repeal",IMPLEMENTING_DECREE:"implementing decree",ENTRY_INTO_FORCE:"entry into force",FACILITY_OPENING:"facility opening",COURT_DECISION:"court decision",ASSESSMENT:"assessment",BODY_ESTABLISHED:"body established",PRISON:"prison",SCHOOL:"school",STAFF_HOUSING:"staff housing",FR:"French",EN:"English",CREATE:"creation",UPDATE:"update",DELETE:"deletion",LINK:"link",UNLINK:"link removed",LOAD:"load",DURATION:"duration",COUNT:"count",CAPACITY:"capacity",MONEY:"amount",PERCENTAGE:"percentage",EXACTLY:"exactly",UP_TO:"up to",ABOUT:"about",AT_LEAST:"at least",MORE_THAN:"more than",BETWEEN:"between",NEWS_REPORT:"news report",FORUM_POST:"forum post",RESEARCH_COMPILATION:"research compilation",GENERATED_CONTENT:"generated content",OFFICIAL_TEXT:"official text",INTRODUCED:"introduced",COMMITTEE_TEXT:"committee text",VOTE:"vote",FINAL_VOTE:"final vote",REFERRAL:"referral",DECISION:"decision",PROMULGATION:"promulgation",PUBLICATION:"publication",KEPT:"kept",INSERTED:"inserted",DELETED:"deleted",WORDING:"legal wording",SOURCE_ACCOUNT:"a source's account",PENDING:"waiting for review",APPROVED:"approved",REJECTED:"rejected"}};function Ar(e){return e.toLowerCase().replace(/_/g," ")}function Lr(){const{query:e}=be();return e.lang==="en"?"en":"fr"}function F(){const e=Lr();return{t:Or[e],lang:e,apiLang:e==="en"?"EN":"FR",label:n=>Pr[e][n]??Ar(n),href:(n,t)=>kr(e,n,t)}}function kr(e,n,t={}){const i=new URLSearchParams;for(const[s,c]of Object.entries(t))c&&i.set(s,c);e==="en"&&i.set("lang","en");const o=i.toString();return`/app${n}${o?`?${o}`:""}`}function de({citations:e}){const{t:n,label:t,href:i}=F();return e.length===0?null:r("ul",{class:"evidence","aria-label":n.evidence,children:e.map(o=>r("li",{children:[r("blockquote",{children:r("a",{class:"quote",href:i(`/sources/${o.source.slug}`,{quote:o.quote}),children:[n.open,o.quote,n.close]})}),r("span",{class:"cite",children:[o.source.title," · ",n.reliability,n.colon,r("span",{class:`rel rel-${o.source.reliability}`,children:t(o.source.reliability)}),o.note?` · ${o.note}`:""]})]}))})}function De({value:e}){const{t:n,label:t}=F(),i=e.onlyLowReliability;return r("span",{class:`badge ${i?"badge-weak":"badge-ok"}`,title:n.corroboration,children:[n.corroboration,n.colon,n.sources(e.sourceCount),e.bestReliability?` · ${t(e.bestReliability)}`:"",i?` · ${n.unconfirmed}`:""]})}function qr({text:e}){const n=e.split(/\[\[|\]\]/);return r("span",{class:"snippet",children:n.map((t,i)=>i%2===1?r("mark",{children:t}):t)})}function Qe({value:e}){const{label:n}=F();return r("span",{class:`status status-${e}`,children:n(e)})}function ge({query:e,children:n}){const{t}=F();return e.data?(Dr(),r(A,{children:n(e.data)})):e.error?r("p",{role:"alert",class:"error",children:[t.error,t.colon,e.error.message]}):r("p",{"aria-busy":"true",children:t.loading})}function Dr(){performance.getEntriesByName("lawtracker:first-render").length===0&&requestAnimationFrame(()=>{performance.getEntriesByName("lawtracker:first-render").length===0&&performance.mark("lawtracker:first-render")})}function xr(){const{t:e}=F();return r("h1",{children:e.notFound})}class j extends String{constructor(n,t){super(n),this.value=n,this.__meta__=t}toString(){return this.value}}const Fr=new j(`
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
    `,{fragmentName:"NodeLink"}),Mr=new j(`
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
    `),Ur=new j(`
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
    `),Br=new j(`
    query CurationSource($slug: ID!) {
  source(id: $slug) {
    slug
    title
    text
  }
}
    `),Hr=new j(`
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
    `),Gr=new j(`
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
    `),jr=new j(`
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
    `),Vr=new j(`
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
    `),Wr=new j(`
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
    `),Yr=new j(`
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
    `),Kr=new j(`
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
    `),Jr=new j(`
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
    `),Qr=new j(`
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
    `),Zr=new j(`
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
    `),eo=new j(`
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
    `),no=new j(`
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
    `),to=new j(`
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
    `),io=new j(`
    mutation RejectProposal($id: ID!, $reason: String!) {
  rejectProposal(id: $id, reason: $reason) {
    id
    status
    reason
  }
}
    `),ro=new j(`
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
    `),oo=new j(`
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
    `),so=new j(`
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
}`),ao=new j(`
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
    `),lo=new j(`
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
}`),co={"\n  query ActorPage($slug: ID!, $lang: Language) {\n    actor(id: $slug) {\n      slug name kind description\n      citations { quote note source { slug title reliability } }\n      criticisms(first: 100) {\n        nodes {\n          slug stance rights summary(lang: $lang) quote statedOn\n          provisions { provision { slug heading(lang: $lang) } }\n          citations { quote note source { slug title reliability } }\n        }\n      }\n    }\n  }\n":Mr,"\n  query CurationChoices($lang: Language) {\n    provisions(first: 100) { nodes { slug heading(lang: $lang) } }\n    criticisms(first: 100) { nodes { slug summary(lang: $lang) author { name } } }\n    incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn } }\n    sources(first: 100) { nodes { slug title } }\n  }\n":Ur,"\n  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }\n":Br,"\n  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {\n    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } proposal { id status } }\n  }\n":Hr,"\n  mutation LinkIncident($input: IncidentLinkInput!) {\n    linkIncident(input: $input) { revision { id operation } proposal { id status } }\n  }\n":Gr,"\n  query EditCriticism($slug: ID!) {\n    criticism(id: $slug) {\n      slug version stance rights quote statedOn\n      summary(lang: EN)\n      french: localizedSummary(lang: FR) { text language }\n      author { slug }\n      citations { quote note source { slug } }\n    }\n  }\n":jr,"\n  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {\n    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } proposal { id status } }\n  }\n":Vr,"\n  query IncidentPage($slug: ID!, $lang: Language) {\n    incident(id: $slug) {\n      slug title(lang: $lang) summary(lang: $lang) occurredOn timeOfDay kinds place campaign\n      facility { slug name city }\n      investigatingBody { slug name }\n      outcomes { display(lang: $lang) name citations { quote note source { slug title reliability } } }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { relation provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":Wr,"\n  query FacilityPage($slug: ID!, $lang: Language) {\n    facility(id: $slug) {\n      slug name kind city aliases latitude longitude coordinatesNote\n      citations { quote note source { slug title reliability } }\n      incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn kinds } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":zr,"\n  query CriticismPage($slug: ID!, $lang: Language) {\n    criticism(id: $slug) {\n      slug stance rights summary(lang: $lang) quote statedOn version\n      author { slug name }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }\n    }\n  }\n":Yr,"\n  query LawPage($lang: Language) {\n    laws(first: 1) {\n      nodes {\n        slug\n        number\n        title(lang: $lang) { text }\n        status\n        summary\n        stages { slug occurredOn kind chamber outcome description }\n        events { slug kind occurredOn title(lang: $lang) provision { slug } }\n        provisions(first: 100) { nodes { slug article heading(lang: $lang) theme status } }\n      }\n    }\n  }\n":Kr,"\n  query MapPage($filter: IncidentFilterInput, $lang: Language) {\n    incidentsGeojson(filter: $filter, lang: $lang)\n    provisions(first: 100) { nodes { slug heading(lang: $lang) } }\n  }\n":Jr,"\n  query LawCitations($lang: Language) {\n    laws(first: 5) {\n      nodes {\n        slug titleFr citations { quote source { slug } }\n        stages { slug description citations { quote source { slug } } }\n        events { slug title(lang: $lang) provision { slug } citations { quote source { slug } } }\n        claims { question claims { value citations { quote source { slug } } } }\n      }\n    }\n    facilities(first: 100) { nodes { slug name citations { quote source { slug } } } }\n    actors(first: 100) { nodes { slug name citations { quote source { slug } } } }\n  }\n":Xr,"\n  query ProvisionCitations($lang: Language) {\n    provisions(first: 100) {\n      nodes {\n        slug heading(lang: $lang) citations { quote source { slug } }\n        parameters { label citations { quote source { slug } } }\n        texts { text source { slug } }\n      }\n    }\n  }\n":Qr,"\n  query IncidentCitations($lang: Language) {\n    incidents(first: 100) {\n      nodes {\n        slug title(lang: $lang) citations { quote source { slug } }\n        outcomes { name citations { quote source { slug } } }\n        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }\n      }\n    }\n  }\n":Zr,"\n  query CriticismCitations($lang: Language) {\n    criticisms(first: 100) {\n      nodes {\n        slug summary(lang: $lang) citations { quote source { slug } }\n        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }\n      }\n    }\n  }\n":eo,"\n  fragment NodeLink on Node {\n    __typename\n    ... on Provision { slug }\n    ... on Incident { slug }\n    ... on Criticism { slug }\n    ... on Facility { slug }\n    ... on Actor { slug }\n    ... on Source { slug }\n    ... on Law { slug }\n  }\n":Fr,"\n  query Proposals {\n    proposals {\n      id status operation entityType entitySlug before after\n      proposedBy proposedAt reviewedBy reviewedAt reason\n    }\n  }\n":no,"\n  mutation ApproveProposal($id: ID!) {\n    approveProposal(id: $id) { revision { id } proposal { id status } }\n  }\n":to,"\n  mutation RejectProposal($id: ID!, $reason: String!) {\n    rejectProposal(id: $id, reason: $reason) { id status reason }\n  }\n":io,"\n  query ProvisionPage($slug: ID!, $lang: Language) {\n    provision(id: $slug) {\n      slug article heading(lang: $lang) summary: localizedSummary(lang: $lang) { text language } status theme version\n      law { stages { slug occurredOn description } }\n      events { slug kind occurredOn title(lang: $lang) }\n      parameters { name label(lang: $lang) display(lang: $lang) baseline stage { slug occurredOn } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      citations { quote note source { slug title reliability } }\n      incidents {\n        relation note\n        incident { slug title(lang: $lang) occurredOn facility { name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      criticisms {\n        note\n        criticism { slug stance summary(lang: $lang) rights author { slug name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      claims {\n        slug question contested\n        claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } }\n      }\n    }\n  }\n":ro,"\n  query ProvisionDiff($slug: ID!, $from: String!, $to: String!, $lang: Language) {\n    provision(id: $slug) {\n      diff(from: $from, to: $to) {\n        from to statusFrom statusTo\n        measures { name from { label(lang: $lang) display(lang: $lang) beforeTheLaw } to { label(lang: $lang) display(lang: $lang) beforeTheLaw } }\n        textFrom { kind text source { slug title } }\n        textTo { kind text source { slug title } }\n        text { change text }\n      }\n    }\n  }\n":oo,"\n  query SearchPage($q: String!) {\n    search(query: $q, first: 30) {\n      totalCount\n      nodes { type slug title snippet node { id ...NodeLink } }\n    }\n  }\n":so,"\n  query SourcePage($slug: ID!) {\n    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }\n  }\n":ao,"\n  query TimelinePage($from: Date, $to: Date, $lang: Language) {\n    timeline(from: $from, to: $to, first: 100) {\n      type date datePrecision title(lang: $lang) slug\n      node { id ...NodeLink }\n    }\n  }\n":lo};function V(e){return co[e]??{}}function se(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Te(e){return se(e)==="object"}function uo(e){return Array.isArray(e)&&e.length>0&&e.every(n=>"message"in n)}function jt(e,n){return e.length<124?e:n}const po="graphql-transport-ws";var ae=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(ae||{}),le=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(le||{});function xi(e){if(!Te(e))throw new Error(`Message is expected to be an object, but got ${se(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${se(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Te(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${se(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Te(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${se(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${se(e.payload.query)}`);if(e.payload.variables!=null&&!Te(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${se(e.payload.variables)}`);if(e.payload.operationName!=null&&se(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${se(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Te(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${se(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${se(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Te(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${se(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${se(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!uo(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${se(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function go(e,n){return xi(typeof e=="string"?JSON.parse(e,n):e)}function Be(e,n){return xi(e),JSON.stringify(e,n)}function fo(e){const{url:n,connectionParams:t,lazy:i=!0,onNonLazyError:o=console.error,lazyCloseTimeout:s=0,keepAlive:c=0,disablePong:a,connectionAckWaitTimeout:u=0,retryAttempts:p=5,retryWait:d=async function(y){const $=Math.pow(2,y);await new Promise(O=>setTimeout(O,$*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:g=Bn,on:l,webSocketImpl:f,generateID:h=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,y=>{const $=Math.random()*16|0;return(y=="x"?$:$&3|8).toString(16)})},jsonMessageReplacer:v,jsonMessageReviver:_}=e;let m;if(f){if(!mo(f))throw new Error("Invalid WebSocket implementation provided");m=f}else typeof WebSocket<"u"?m=WebSocket:typeof global<"u"?m=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(m=window.WebSocket||window.MozWebSocket);if(!m)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const b=m,E=(()=>{const N=(()=>{const $={};return{on(O,q){return $[O]=q,()=>{delete $[O]}},emit(O){"id"in O&&$[O.id]?.(O)}}})(),y={connecting:l?.connecting?[l.connecting]:[],opened:l?.opened?[l.opened]:[],connected:l?.connected?[l.connected]:[],ping:l?.ping?[l.ping]:[],pong:l?.pong?[l.pong]:[],message:l?.message?[N.emit,l.message]:[N.emit],closed:l?.closed?[l.closed]:[],error:l?.error?[l.error]:[]};return{onMessage:N.on,on($,O){const q=y[$];return q.push(O),()=>{const x=q.indexOf(O);x>-1&&q.splice(x,1)}},emit($,...O){for(const q of[...y[$]])q(...O)}}})();function S(N){const y=[E.on("error",$=>{y.forEach(O=>O()),N($)}),E.on("closed",$=>{y.forEach(O=>O()),N($)})];return()=>y.forEach($=>$())}let T,C=0,L,P=!1,I=0,w=!1;async function R(){clearTimeout(L);const[N,y]=await(T??(T=new Promise((q,x)=>(async()=>{if(P){if(await d(I),!C)return T=void 0,x({code:1e3,reason:"All Subscriptions Gone"});I++}E.emit("connecting",P);const k=new b(typeof n=="function"?await n():n,po);let Z,ie;function re(){isFinite(c)&&c>0&&(clearTimeout(ie),ie=setTimeout(()=>{k.readyState===b.OPEN&&(k.send(Be({type:le.Ping})),E.emit("ping",!1,void 0))},c))}S(K=>{T=void 0,clearTimeout(Z),clearTimeout(ie),x(K),K instanceof Vt&&(k.close(4499,"Terminated"),k.onerror=null,k.onclose=null)}),k.onerror=K=>E.emit("error",K),k.onclose=K=>E.emit("closed",K),k.onopen=async()=>{try{E.emit("opened",k);const K=typeof t=="function"?await t():t;if(k.readyState!==b.OPEN)return;k.send(Be(K?{type:le.ConnectionInit,payload:K}:{type:le.ConnectionInit},v)),isFinite(u)&&u>0&&(Z=setTimeout(()=>{k.close(ae.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},u)),re()}catch(K){E.emit("error",K),k.close(ae.InternalClientError,jt(K instanceof Error?K.message:String(K),"Internal client error"))}};let fe=!1;k.onmessage=({data:K})=>{try{const ee=go(K,_);if(E.emit("message",ee),ee.type==="ping"||ee.type==="pong"){E.emit(ee.type,!0,ee.payload),ee.type==="pong"?re():a||(k.send(Be(ee.payload?{type:le.Pong,payload:ee.payload}:{type:le.Pong},v)),E.emit("pong",!1,ee.payload));return}if(fe)return;if(ee.type!==le.ConnectionAck)throw new Error(`First message cannot be of type ${ee.type}`);clearTimeout(Z),fe=!0,E.emit("connected",k,ee.payload,P),P=!1,I=0;const Ot=new Promise((aa,gr)=>S(gr));Ot.catch(()=>{}),q([k,Ot])}catch(ee){k.onmessage=null,E.emit("error",ee),k.close(ae.BadResponse,jt(ee instanceof Error?ee.message:String(ee),"Bad response"))}}})())));N.readyState===b.CLOSING&&await y;let $=()=>{};const O=new Promise(q=>$=q);return[N,$,new Promise((q,x)=>{const k=S(x);N.readyState!==b.OPEN&&y.catch(x),O.then(()=>{if(k(),!C){const Z=()=>N.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(L),L=setTimeout(()=>{!C&&N.readyState===b.OPEN&&Z()},s)):Z()}q()})})]}function B(N){if(Bn(N)&&(ho(N.code)||[ae.InternalServerError,ae.InternalClientError,ae.BadRequest,ae.BadResponse,ae.Unauthorized,ae.SubprotocolNotAcceptable,ae.SubscriberAlreadyExists,ae.TooManyInitialisationRequests].includes(N.code)))throw N;if(w)return!1;if(Bn(N)&&N.code===1e3)return C>0;if(!p||I>=p||!g(N))throw N;return P=!0}i||(async()=>{for(C++;;)try{const[,,N]=await R();await N}catch(N){try{if(!B(N))return}catch(y){return o?.(y)}}})();function M(N,y){const $=h(N);let O=!1,q=!1,x=()=>{C--,O=!0};return(async()=>{for(C++;;)try{const[k,Z,ie]=await R();if(O)return ie.catch(()=>{}),Z();const re=E.onMessage($,fe=>{switch(fe.type){case le.Next:{y.next(fe.payload);return}case le.Error:{q=!0,O=!0,y.error(fe.payload),x();return}case le.Complete:{O=!0,x();return}}});k.send(Be({id:$,type:le.Subscribe,payload:N},v)),x=()=>{!O&&k.readyState===b.OPEN&&k.send(Be({id:$,type:le.Complete},v)),C--,O=!0,Z()},await ie.finally(re);return}catch(k){if(!B(k))return}})().then(()=>{q||y.complete()}).catch(k=>{y.error(k)}),()=>{O||x()}}return{on:E.on,subscribe:M,iterate(N){const y=[],$={done:!1,error:null,resolve:()=>{}},O=M(N,{next(x){y.push(x),$.resolve()},error(x){$.done=!0,$.error=x,$.resolve()},complete(){$.done=!0,$.resolve()}}),q=(async function*(){for(;;){for(y.length||await new Promise(k=>$.resolve=k);y.length;)yield y.shift();if($.error)throw $.error;if($.done)return}})();return q.throw=async x=>($.done||($.done=!0,$.error=x,$.resolve()),{done:!0,value:void 0}),q.return=async()=>(O(),{done:!0,value:void 0}),q},async dispose(){if(w=!0,T){const[N]=await T;N.close(1e3,"Normal Closure")}},terminate(){T&&E.emit("closed",new Vt)}}}class Vt extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function Bn(e){return Te(e)&&"code"in e&&"reason"in e}function ho(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function mo(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}const Dn="lawtracker-token";function Fi(e,n){const t=window.getSelection();if(!e||!t||t.rangeCount===0||t.isCollapsed)return;const i=t.getRangeAt(0);if(!e.contains(i.startContainer)||!e.contains(i.endContainer))return;const o=document.createRange();o.setStart(e,0),o.setEnd(i.startContainer,i.startOffset);const s=o.toString().length;return n.slice(s,s+i.toString().length)}let In;const et=new Set;function xe(e){In=e,et.forEach(n=>n(e))}function Mi(e){return e?.kind==="session"?{"x-csrf-token":e.csrfToken}:e?.kind==="token"?{authorization:`Bearer ${e.token}`}:{}}async function St(e,n,t={}){return fetch(e,{method:"POST",credentials:"same-origin",headers:{"content-type":"application/json",...t},body:JSON.stringify(n)})}async function Ui(e){const n=await e.json().catch(()=>({}));if(e.ok&&n.login&&n.csrfToken){sessionStorage.removeItem(Dn),xe({kind:"session",login:n.login,role:n.role??"",csrfToken:n.csrfToken});return}if(e.status===401)return{kind:"refused"};if(e.status===429)return{kind:"throttled",seconds:Number(e.headers.get("retry-after"))||60};const t=n.errors?.[0],i=t?.extensions?.field,o=(t?.message??`HTTP ${e.status}`).replace(/^\w+: /,"");return i==="code"||i==="login"||i==="password"?{kind:"field",field:i,message:o}:{kind:"other",message:o}}async function _o(e,n){try{return await Ui(await St("/auth/sign-in",{login:e,password:n}))}catch(t){return{kind:"other",message:String(t)}}}async function yo(e,n,t){try{return await Ui(await St("/auth/accept-invitation",{code:e,login:n,password:t}))}catch(i){return{kind:"other",message:String(i)}}}function vo(e){sessionStorage.setItem(Dn,e),xe({kind:"token",token:e})}async function bo(){const e=In;if(sessionStorage.removeItem(Dn),e?.kind==="session"){const n=await St("/auth/sign-out",{},Mi(e)).catch(()=>{});if(!n||!n.ok&&n.status!==401)return!1}return xe(null),!0}async function xn(){const e=sessionStorage.getItem(Dn);if(e)return xe({kind:"token",token:e});try{const n=await fetch("/auth/session",{credentials:"same-origin"}),t=await n.json().catch(()=>({}));if(n.ok&&t.login&&t.csrfToken)return xe({kind:"session",login:t.login,role:t.role??"",csrfToken:t.csrfToken})}catch{}xe(null)}function It(){const[e,n]=G(In);return we(()=>(et.add(n),n(In),()=>{et.delete(n)}),[]),{auth:e??null,checking:e===void 0}}class Oe extends Error{constructor(n){super(n.map(t=>t.message).join("; ")),this.errors=n}get code(){return this.errors[0]?.extensions?.code}}async function Se(e,n,t){const i=await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:{"content-type":"application/json",...Mi(t)},body:JSON.stringify({query:e.toString(),variables:n})}),o=await i.json().catch(()=>({}));if(!i.ok&&!o.errors?.length)throw new Oe([{message:`HTTP ${i.status} from /graphql`}]);if(o.errors?.length)throw new Oe(o.errors);return o.data}let un;const Hn=new Set,Eo="subscription { changes { id entityType entitySlug related } }";function $o(e){if(Hn.add(e),!un){const n=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/ws`;un=fo({url:n,retryAttempts:1/0,lazy:!1}),un.subscribe({query:Eo},{next:t=>{const i=t.data?.changes;i&&Hn.forEach(o=>o(i))},error:()=>{},complete:()=>{}}),un.on("connected",()=>document.documentElement.setAttribute("data-live","connected"))}return()=>{Hn.delete(e)}}function ne(e,n,t=!0){const i=JSON.stringify(n),[o,s]=G({loading:!0}),[c,a]=G(0);return we(()=>{let u=!0;return s(p=>({...p,loading:!0})),Se(e,n).then(p=>u&&s({data:p,loading:!1})).catch(p=>u&&s({error:p,loading:!1})),()=>{u=!1}},[i,c]),we(()=>{if(!t)return;let u;const p=$o(()=>{clearTimeout(u),u=setTimeout(()=>a(d=>d+1),150)});return()=>{clearTimeout(u),p()}},[t]),{...o,reload:()=>a(u=>u+1)}}const wo=V(`
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
`);function Tn(e){const[n,t="1",i="1"]=e.split("-");return Date.UTC(Number(n),Number(t)-1,Number(i))/864e5}function So({items:e,label:n}){if(e.length===0)return null;const t=e.map(a=>Tn(a.date)),i=Math.min(...t),o=Math.max(...t),s=1e3,c=a=>20+(a-i)/Math.max(1,o-i)*(s-40);return r("figure",{class:"axis",children:r("svg",{viewBox:`0 0 ${s} 60`,role:"img","aria-label":n,children:[r("line",{x1:"20",x2:s-20,y1:"30",y2:"30",stroke:"#333"}),e.map((a,u)=>r("circle",{cx:c(Tn(a.date)),cy:a.kind==="stage"?22:38,r:"5",class:a.kind==="stage"?"dot-stage":"dot-event","data-index":u,children:r("title",{children:`${a.date} — ${a.label}`})})),r("text",{x:"20",y:"56",class:"axis-label",children:e[0]?.date}),r("text",{x:s-20,y:"56","text-anchor":"end",class:"axis-label",children:e[e.length-1]?.date})]})})}function Wt(){const{t:e,label:n,href:t,apiLang:i}=F(),o=ne(wo,{lang:i});return r(ge,{query:o,children:s=>{const c=s.laws.nodes[0];if(!c)return r("p",{children:e.notFound});const a=[...c.stages.map(d=>({key:d.slug,date:d.occurredOn,label:d.description,kind:"stage"})),...c.events.map(d=>({key:d.slug,date:d.occurredOn,label:d.title,kind:"event"}))].sort((d,g)=>Tn(d.date)-Tn(g.date)),u=new Map;for(const d of c.provisions.nodes)u.set(d.theme,[...u.get(d.theme)??[],d]);const p=[...u.entries()].sort(([d],[g])=>+(d==="UNKNOWN")-+(g==="UNKNOWN"));return r(A,{children:[r("h1",{children:c.title.text}),r("p",{children:[c.number?`${e.lawNumber(c.number)} · `:"",e.status,e.colon,r(Qe,{value:c.status})]}),r("p",{children:c.summary}),r("h2",{children:e.timeAxis}),r(So,{items:a,label:e.timeAxis}),r("p",{class:"legend",children:[r("span",{class:"key key-stage","aria-hidden":"true"})," ",e.stages," · ",r("span",{class:"key key-event","aria-hidden":"true"})," ",e.events]}),r("ol",{class:"chrono",children:a.map(d=>r("li",{class:`chrono-${d.kind}`,children:[r("time",{children:d.date})," ",r("span",{class:`tag tag-${d.kind}`,children:n(d.kind==="stage"?"LEGISLATIVE_STAGE":"LIFECYCLE_EVENT")})," ",d.label]}))}),r("h2",{children:e.articlesByTheme}),p.map(([d,g])=>r("section",{class:"theme",children:[r("h3",{children:n(d)}),r("ul",{children:g.map(l=>r("li",{children:[r("a",{href:t(`/provisions/${l.slug}`),children:[l.article?`${l.article} — `:"",l.heading]})," ",r(Qe,{value:l.status})]}))})]}))]})}})}function Tt({claims:e}){const{t:n}=F();return e.length===0?null:r("section",{children:[r("h2",{children:n.claims}),e.map(t=>r("div",{class:"claim-question",children:[r("h3",{children:[t.question," ",t.contested&&r("span",{class:"badge badge-weak",children:n.contested})]}),r("div",{class:"side-by-side",children:t.claims.map(i=>r("div",{class:"claim",children:[r("p",{class:"claim-value",children:i.value}),r(De,{value:i.corroboration}),r(de,{citations:i.citations})]}))})]}))]})}const Io=V(`
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
`),To=V(`
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
`);function No(e){const n=new Date(`${e.length===10?e:`${e}-01`.slice(0,10)}T00:00:00Z`);return n.setUTCDate(n.getUTCDate()-1),n.toISOString().slice(0,10)}function Co({parameters:e,stages:n}){const{t}=F();if(e.length===0)return null;const i=[...new Set(e.map(s=>s.name))],o=n.filter(s=>e.some(c=>c.stage?.slug===s.slug));return r("table",{class:"parameters",children:[r("caption",{children:t.parameters}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:t.measure}),r("th",{scope:"col",children:t.beforeTheLaw}),o.map(s=>r("th",{scope:"col",children:[r("time",{children:s.occurredOn}),r("br",{}),s.slug]}))]})}),r("tbody",{children:i.map(s=>{const c=e.filter(a=>a.name===s);return r("tr",{children:[r("th",{scope:"row",children:c[0].label}),r("td",{children:c.find(a=>a.baseline)?.baseline??""}),o.map(a=>r("td",{children:c.filter(u=>u.stage?.slug===a.slug).map(u=>u.display).join(" · ")}))]})})})]})}function Ro({slug:e,from:n,to:t}){const{t:i,apiLang:o}=F(),s=ne(To,{slug:e,from:n,to:t,lang:o});return r(ge,{query:s,children:c=>{const a=c.provision?.diff;return a?r("div",{class:"diff","aria-live":"polite",children:[r("p",{children:[a.from," → ",a.to," · ",i.status,i.colon,a.statusFrom?r(Qe,{value:a.statusFrom}):"—"," → ",a.statusTo?r(Qe,{value:a.statusTo}):"—"]}),r("h3",{children:i.measures}),a.measures.length===0?r("p",{children:i.noMeasureChange}):r("table",{class:"measures",children:[r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:i.measure}),r("th",{scope:"col",children:a.from}),r("th",{scope:"col",children:a.to})]})}),r("tbody",{children:a.measures.map(u=>r("tr",{class:"measure-change","data-name":u.name,children:[r("th",{scope:"row",children:u.from?.label??u.to?.label??u.name}),r("td",{class:"measure-from",children:r("del",{children:u.from?.display??"—"})}),r("td",{class:"measure-to",children:r("ins",{children:u.to?.display??"—"})})]}))})]}),r("h3",{children:i.text}),a.text.length===0?r("p",{children:i.noText}):r(A,{children:[[a.textFrom,a.textTo].some(u=>u?.kind==="SOURCE_ACCOUNT")&&r("p",{class:"note",children:i.sourceAccount}),r("p",{class:"text-diff",children:a.text.map(u=>u.change==="DELETED"?r("del",{children:u.text}):u.change==="INSERTED"?r("ins",{children:u.text}):r("span",{children:u.text}))})]})]}):null}})}function Oo({slug:e}){const{t:n,lang:t,label:i,href:o,apiLang:s}=F(),{query:c,path:a,route:u}=be(),p=ne(Io,{slug:e,lang:s});return r(ge,{query:p,children:d=>{const g=d.provision;if(!g)return r("h1",{children:n.notFound});const l=g.law.stages,f=l[0]?No(l[0].occurredOn):"2000-01-01",h=c.from||f,v=c.to||(l.find(m=>m.slug==="promulgation")??l[l.length-1])?.slug||f,_=m=>{m.preventDefault();const b=new FormData(m.currentTarget),E=new URLSearchParams(c);E.set("from",String(b.get("from"))),E.set("to",String(b.get("to"))),u(`${a}?${E}`)};return r(A,{children:[r("h1",{children:[g.article?`${g.article} — `:"",g.heading]}),r("p",{children:[n.status,n.colon,r(Qe,{value:g.status})," · ",i(g.theme)," · ",r(De,{value:g.corroboration})]}),r("p",{class:"summary",lang:g.summary.language.toLowerCase(),children:g.summary.text}),g.summary.language.toLowerCase()!==t&&r("p",{class:"note",children:n.notTranslated}),r(de,{citations:g.citations}),g.events.length>0&&r(A,{children:[r("h2",{children:n.events}),r("ul",{children:g.events.map(m=>r("li",{children:[r("time",{children:m.occurredOn})," ",m.title]}))})]}),r(Co,{parameters:g.parameters,stages:l}),r("h2",{children:n.diff}),r("form",{class:"diff-form",onSubmit:_,children:[r("datalist",{id:"moments",children:[r("option",{value:f,children:n.beforeTheLaw}),l.map(m=>r("option",{value:m.slug,children:[m.occurredOn," — ",m.description]}))]}),r("label",{children:[n.diffFrom," ",r("input",{name:"from",list:"moments",defaultValue:h,"aria-describedby":"diff-help"})]}),r("label",{children:[n.diffTo," ",r("input",{name:"to",list:"moments",defaultValue:v,"aria-describedby":"diff-help"})]}),r("button",{type:"submit",children:n.diff}),r("small",{id:"diff-help",children:n.diffHelp})]},`${h}|${v}`),r(Ro,{slug:g.slug,from:h,to:v}),r("h2",{children:n.incidents}),g.incidents.length===0?r("p",{children:n.none}):r("ul",{class:"links",children:g.incidents.map(m=>r("li",{children:[r("a",{href:o(`/incidents/${m.incident.slug}`),children:m.incident.title})," (",m.incident.occurredOn,m.incident.facility?`, ${m.incident.facility.name}`:"",") · ",i(m.relation)," · ",r(De,{value:m.corroboration}),m.note&&r("p",{class:"note",children:m.note}),r(de,{citations:m.citations})]}))}),r("h2",{children:n.criticisms}),g.criticisms.length===0?r("p",{children:n.none}):r("ul",{class:"links criticisms",children:g.criticisms.map(m=>r("li",{"data-slug":m.criticism.slug,children:[r("a",{href:o(`/actors/${m.criticism.author.slug}`),children:m.criticism.author.name})," · ",i(m.criticism.stance)," ·"," ",r("a",{href:o(`/criticisms/${m.criticism.slug}`),children:m.criticism.summary})," · ",r(De,{value:m.corroboration}),r(de,{citations:m.citations})]}))}),r(Tt,{claims:g.claims})]})}})}function vn(e,n){return e==null||n==null?NaN:e<n?-1:e>n?1:e>=n?0:NaN}function Po(e,n){return e==null||n==null?NaN:n<e?-1:n>e?1:n>=e?0:NaN}function Bi(e){let n,t,i;e.length!==2?(n=vn,t=(a,u)=>vn(e(a),u),i=(a,u)=>e(a)-u):(n=e===vn||e===Po?e:Ao,t=e,i=e);function o(a,u,p=0,d=a.length){if(p<d){if(n(u,u)!==0)return d;do{const g=p+d>>>1;t(a[g],u)<0?p=g+1:d=g}while(p<d)}return p}function s(a,u,p=0,d=a.length){if(p<d){if(n(u,u)!==0)return d;do{const g=p+d>>>1;t(a[g],u)<=0?p=g+1:d=g}while(p<d)}return p}function c(a,u,p=0,d=a.length){const g=o(a,u,p,d-1);return g>p&&i(a[g-1],u)>-i(a[g],u)?g-1:g}return{left:o,center:c,right:s}}function Ao(){return 0}function Lo(e){return e===null?NaN:+e}Bi(vn);Bi(Lo).center;class Pe{constructor(){this._partials=new Float64Array(32),this._n=0}add(n){const t=this._partials;let i=0;for(let o=0;o<this._n&&o<32;o++){const s=t[o],c=n+s,a=Math.abs(n)<Math.abs(s)?n-(c-s):s-(c-n);a&&(t[i++]=a),n=c}return t[i]=n,this._n=i+1,this}valueOf(){const n=this._partials;let t=this._n,i,o,s,c=0;if(t>0){for(c=n[--t];t>0&&(i=c,o=n[--t],c=i+o,s=o-(c-i),!s););t>0&&(s<0&&n[t-1]<0||s>0&&n[t-1]>0)&&(o=s*2,i=c+o,o==i-c&&(c=i))}return c}}function*ko(e){for(const n of e)yield*n}function Hi(e){return Array.from(ko(e))}var U=1e-6,D=Math.PI,Q=D/2,zt=D/4,pe=D*2,he=180/D,te=D/180,Y=Math.abs,Nt=Math.atan,Fe=Math.atan2,z=Math.cos,qo=Math.exp,nt=Math.log,Gn=Math.pow,J=Math.sin,je=Math.sign||function(e){return e>0?1:e<0?-1:0},Ie=Math.sqrt,Gi=Math.tan;function Do(e){return e>1?0:e<-1?D:Math.acos(e)}function Ze(e){return e>1?Q:e<-1?-Q:Math.asin(e)}function ue(){}function Nn(e,n){e&&Kt.hasOwnProperty(e.type)&&Kt[e.type](e,n)}var Yt={Feature:function(e,n){Nn(e.geometry,n)},FeatureCollection:function(e,n){for(var t=e.features,i=-1,o=t.length;++i<o;)Nn(t[i].geometry,n)}},Kt={Sphere:function(e,n){n.sphere()},Point:function(e,n){e=e.coordinates,n.point(e[0],e[1],e[2])},MultiPoint:function(e,n){for(var t=e.coordinates,i=-1,o=t.length;++i<o;)e=t[i],n.point(e[0],e[1],e[2])},LineString:function(e,n){tt(e.coordinates,n,0)},MultiLineString:function(e,n){for(var t=e.coordinates,i=-1,o=t.length;++i<o;)tt(t[i],n,0)},Polygon:function(e,n){Jt(e.coordinates,n)},MultiPolygon:function(e,n){for(var t=e.coordinates,i=-1,o=t.length;++i<o;)Jt(t[i],n)},GeometryCollection:function(e,n){for(var t=e.geometries,i=-1,o=t.length;++i<o;)Nn(t[i],n)}};function tt(e,n,t){var i=-1,o=e.length-t,s;for(n.lineStart();++i<o;)s=e[i],n.point(s[0],s[1],s[2]);n.lineEnd()}function Jt(e,n){var t=-1,i=e.length;for(n.polygonStart();++t<i;)tt(e[t],n,1);n.polygonEnd()}function ke(e,n){e&&Yt.hasOwnProperty(e.type)?Yt[e.type](e,n):Nn(e,n)}function it(e){return[Fe(e[1],e[0]),Ze(e[2])]}function Me(e){var n=e[0],t=e[1],i=z(t);return[i*z(n),i*J(n),J(t)]}function dn(e,n){return e[0]*n[0]+e[1]*n[1]+e[2]*n[2]}function Cn(e,n){return[e[1]*n[2]-e[2]*n[1],e[2]*n[0]-e[0]*n[2],e[0]*n[1]-e[1]*n[0]]}function jn(e,n){e[0]+=n[0],e[1]+=n[1],e[2]+=n[2]}function pn(e,n){return[e[0]*n,e[1]*n,e[2]*n]}function rt(e){var n=Ie(e[0]*e[0]+e[1]*e[1]+e[2]*e[2]);e[0]/=n,e[1]/=n,e[2]/=n}function ot(e,n){function t(i,o){return i=e(i,o),n(i[0],i[1])}return e.invert&&n.invert&&(t.invert=function(i,o){return i=n.invert(i,o),i&&e.invert(i[0],i[1])}),t}function st(e,n){return Y(e)>D&&(e-=Math.round(e/pe)*pe),[e,n]}st.invert=st;function xo(e,n,t){return(e%=pe)?n||t?ot(Qt(e),Zt(n,t)):Qt(e):n||t?Zt(n,t):st}function Xt(e){return function(n,t){return n+=e,Y(n)>D&&(n-=Math.round(n/pe)*pe),[n,t]}}function Qt(e){var n=Xt(e);return n.invert=Xt(-e),n}function Zt(e,n){var t=z(e),i=J(e),o=z(n),s=J(n);function c(a,u){var p=z(u),d=z(a)*p,g=J(a)*p,l=J(u),f=l*t+d*i;return[Fe(g*o-f*s,d*t-l*i),Ze(f*o+g*s)]}return c.invert=function(a,u){var p=z(u),d=z(a)*p,g=J(a)*p,l=J(u),f=l*o-g*s;return[Fe(g*o+l*s,d*t+f*i),Ze(f*t-d*i)]},c}function Fo(e,n,t,i,o,s){if(t){var c=z(n),a=J(n),u=i*t;o==null?(o=n+i*pe,s=n-u/2):(o=ei(c,o),s=ei(c,s),(i>0?o<s:o>s)&&(o+=i*pe));for(var p,d=o;i>0?d>s:d<s;d-=u)p=it([c,-a*z(d),-a*J(d)]),e.point(p[0],p[1])}}function ei(e,n){n=Me(n),n[0]-=e,rt(n);var t=Do(-n[1]);return((-n[2]<0?-t:t)+pe-U)%pe}function ji(){var e=[],n;return{point:function(t,i,o){n.push([t,i,o])},lineStart:function(){e.push(n=[])},lineEnd:ue,rejoin:function(){e.length>1&&e.push(e.pop().concat(e.shift()))},result:function(){var t=e;return e=[],n=null,t}}}function bn(e,n){return Y(e[0]-n[0])<U&&Y(e[1]-n[1])<U}function gn(e,n,t,i){this.x=e,this.z=n,this.o=t,this.e=i,this.v=!1,this.n=this.p=null}function Vi(e,n,t,i,o){var s=[],c=[],a,u;if(e.forEach(function(h){if(!((v=h.length-1)<=0)){var v,_=h[0],m=h[v],b;if(bn(_,m)){if(!_[2]&&!m[2]){for(o.lineStart(),a=0;a<v;++a)o.point((_=h[a])[0],_[1]);o.lineEnd();return}m[0]+=2*U}s.push(b=new gn(_,h,null,!0)),c.push(b.o=new gn(_,null,b,!1)),s.push(b=new gn(m,h,null,!1)),c.push(b.o=new gn(m,null,b,!0))}}),!!s.length){for(c.sort(n),ni(s),ni(c),a=0,u=c.length;a<u;++a)c[a].e=t=!t;for(var p=s[0],d,g;;){for(var l=p,f=!0;l.v;)if((l=l.n)===p)return;d=l.z,o.lineStart();do{if(l.v=l.o.v=!0,l.e){if(f)for(a=0,u=d.length;a<u;++a)o.point((g=d[a])[0],g[1]);else i(l.x,l.n.x,1,o);l=l.n}else{if(f)for(d=l.p.z,a=d.length-1;a>=0;--a)o.point((g=d[a])[0],g[1]);else i(l.x,l.p.x,-1,o);l=l.p}l=l.o,d=l.z,f=!f}while(!l.v);o.lineEnd()}}}function ni(e){if(n=e.length){for(var n,t=0,i=e[0],o;++t<n;)i.n=o=e[t],o.p=i,i=o;i.n=o=e[0],o.p=i}}function Vn(e){return Y(e[0])<=D?e[0]:je(e[0])*((Y(e[0])+D)%pe-D)}function Mo(e,n){var t=Vn(n),i=n[1],o=J(i),s=[J(t),-z(t),0],c=0,a=0,u=new Pe;o===1?i=Q+U:o===-1&&(i=-Q-U);for(var p=0,d=e.length;p<d;++p)if(l=(g=e[p]).length)for(var g,l,f=g[l-1],h=Vn(f),v=f[1]/2+zt,_=J(v),m=z(v),b=0;b<l;++b,h=S,_=C,m=L,f=E){var E=g[b],S=Vn(E),T=E[1]/2+zt,C=J(T),L=z(T),P=S-h,I=P>=0?1:-1,w=I*P,R=w>D,B=_*C;if(u.add(Fe(B*I*J(w),m*L+B*z(w))),c+=R?P+I*pe:P,R^h>=t^S>=t){var M=Cn(Me(f),Me(E));rt(M);var N=Cn(s,M);rt(N);var y=(R^P>=0?-1:1)*Ze(N[2]);(i>y||i===y&&(M[0]||M[1]))&&(a+=R^P>=0?1:-1)}}return(c<-U||c<U&&u<-1e-12)^a&1}function Wi(e,n,t,i){return function(o){var s=n(o),c=ji(),a=n(c),u=!1,p,d,g,l={point:f,lineStart:v,lineEnd:_,polygonStart:function(){l.point=m,l.lineStart=b,l.lineEnd=E,d=[],p=[]},polygonEnd:function(){l.point=f,l.lineStart=v,l.lineEnd=_,d=Hi(d);var S=Mo(p,i);d.length?(u||(o.polygonStart(),u=!0),Vi(d,Bo,S,t,o)):S&&(u||(o.polygonStart(),u=!0),o.lineStart(),t(null,null,1,o),o.lineEnd()),u&&(o.polygonEnd(),u=!1),d=p=null},sphere:function(){o.polygonStart(),o.lineStart(),t(null,null,1,o),o.lineEnd(),o.polygonEnd()}};function f(S,T){e(S,T)&&o.point(S,T)}function h(S,T){s.point(S,T)}function v(){l.point=h,s.lineStart()}function _(){l.point=f,s.lineEnd()}function m(S,T){g.push([S,T]),a.point(S,T)}function b(){a.lineStart(),g=[]}function E(){m(g[0][0],g[0][1]),a.lineEnd();var S=a.clean(),T=c.result(),C,L=T.length,P,I,w;if(g.pop(),p.push(g),g=null,!!L){if(S&1){if(I=T[0],(P=I.length-1)>0){for(u||(o.polygonStart(),u=!0),o.lineStart(),C=0;C<P;++C)o.point((w=I[C])[0],w[1]);o.lineEnd()}return}L>1&&S&2&&T.push(T.pop().concat(T.shift())),d.push(T.filter(Uo))}}return l}}function Uo(e){return e.length>1}function Bo(e,n){return((e=e.x)[0]<0?e[1]-Q-U:Q-e[1])-((n=n.x)[0]<0?n[1]-Q-U:Q-n[1])}var ti=Wi(function(){return!0},Ho,jo,[-D,-Q]);function Ho(e){var n=NaN,t=NaN,i=NaN,o;return{lineStart:function(){e.lineStart(),o=1},point:function(s,c){var a=s>0?D:-D,u=Y(s-n);Y(u-D)<U?(e.point(n,t=(t+c)/2>0?Q:-Q),e.point(i,t),e.lineEnd(),e.lineStart(),e.point(a,t),e.point(s,t),o=0):i!==a&&u>=D&&(Y(n-i)<U&&(n-=i*U),Y(s-a)<U&&(s-=a*U),t=Go(n,t,s,c),e.point(i,t),e.lineEnd(),e.lineStart(),e.point(a,t),o=0),e.point(n=s,t=c),i=a},lineEnd:function(){e.lineEnd(),n=t=NaN},clean:function(){return 2-o}}}function Go(e,n,t,i){var o,s,c=J(e-t);return Y(c)>U?Nt((J(n)*(s=z(i))*J(t)-J(i)*(o=z(n))*J(e))/(o*s*c)):(n+i)/2}function jo(e,n,t,i){var o;if(e==null)o=t*Q,i.point(-D,o),i.point(0,o),i.point(D,o),i.point(D,0),i.point(D,-o),i.point(0,-o),i.point(-D,-o),i.point(-D,0),i.point(-D,o);else if(Y(e[0]-n[0])>U){var s=e[0]<n[0]?D:-D;o=t*s/2,i.point(-s,o),i.point(0,o),i.point(s,o)}else i.point(n[0],n[1])}function Vo(e){var n=z(e),t=2*te,i=n>0,o=Y(n)>U;function s(d,g,l,f){Fo(f,e,t,l,d,g)}function c(d,g){return z(d)*z(g)>n}function a(d){var g,l,f,h,v;return{lineStart:function(){h=f=!1,v=1},point:function(_,m){var b=[_,m],E,S=c(_,m),T=i?S?0:p(_,m):S?p(_+(_<0?D:-D),m):0;if(!g&&(h=f=S)&&d.lineStart(),S!==f&&(E=u(g,b),(!E||bn(g,E)||bn(b,E))&&(b[2]=1)),S!==f)v=0,S?(d.lineStart(),E=u(b,g),d.point(E[0],E[1])):(E=u(g,b),d.point(E[0],E[1],2),d.lineEnd()),g=E;else if(o&&g&&i^S){var C;!(T&l)&&(C=u(b,g,!0))&&(v=0,i?(d.lineStart(),d.point(C[0][0],C[0][1]),d.point(C[1][0],C[1][1]),d.lineEnd()):(d.point(C[1][0],C[1][1]),d.lineEnd(),d.lineStart(),d.point(C[0][0],C[0][1],3)))}S&&(!g||!bn(g,b))&&d.point(b[0],b[1]),g=b,f=S,l=T},lineEnd:function(){f&&d.lineEnd(),g=null},clean:function(){return v|(h&&f)<<1}}}function u(d,g,l){var f=Me(d),h=Me(g),v=[1,0,0],_=Cn(f,h),m=dn(_,_),b=_[0],E=m-b*b;if(!E)return!l&&d;var S=n*m/E,T=-n*b/E,C=Cn(v,_),L=pn(v,S),P=pn(_,T);jn(L,P);var I=C,w=dn(L,I),R=dn(I,I),B=w*w-R*(dn(L,L)-1);if(!(B<0)){var M=Ie(B),N=pn(I,(-w-M)/R);if(jn(N,L),N=it(N),!l)return N;var y=d[0],$=g[0],O=d[1],q=g[1],x;$<y&&(x=y,y=$,$=x);var k=$-y,Z=Y(k-D)<U,ie=Z||k<U;if(!Z&&q<O&&(x=O,O=q,q=x),ie?Z?O+q>0^N[1]<(Y(N[0]-y)<U?O:q):O<=N[1]&&N[1]<=q:k>D^(y<=N[0]&&N[0]<=$)){var re=pn(I,(-w+M)/R);return jn(re,L),[N,it(re)]}}}function p(d,g){var l=i?e:D-e,f=0;return d<-l?f|=1:d>l&&(f|=2),g<-l?f|=4:g>l&&(f|=8),f}return Wi(c,a,s,i?[0,-e]:[-D,e-D])}function Wo(e,n,t,i,o,s){var c=e[0],a=e[1],u=n[0],p=n[1],d=0,g=1,l=u-c,f=p-a,h;if(h=t-c,!(!l&&h>0)){if(h/=l,l<0){if(h<d)return;h<g&&(g=h)}else if(l>0){if(h>g)return;h>d&&(d=h)}if(h=o-c,!(!l&&h<0)){if(h/=l,l<0){if(h>g)return;h>d&&(d=h)}else if(l>0){if(h<d)return;h<g&&(g=h)}if(h=i-a,!(!f&&h>0)){if(h/=f,f<0){if(h<d)return;h<g&&(g=h)}else if(f>0){if(h>g)return;h>d&&(d=h)}if(h=s-a,!(!f&&h<0)){if(h/=f,f<0){if(h>g)return;h>d&&(d=h)}else if(f>0){if(h<d)return;h<g&&(g=h)}return d>0&&(e[0]=c+d*l,e[1]=a+d*f),g<1&&(n[0]=c+g*l,n[1]=a+g*f),!0}}}}}var Ve=1e9,fn=-Ve;function zo(e,n,t,i){function o(p,d){return e<=p&&p<=t&&n<=d&&d<=i}function s(p,d,g,l){var f=0,h=0;if(p==null||(f=c(p,g))!==(h=c(d,g))||u(p,d)<0^g>0)do l.point(f===0||f===3?e:t,f>1?i:n);while((f=(f+g+4)%4)!==h);else l.point(d[0],d[1])}function c(p,d){return Y(p[0]-e)<U?d>0?0:3:Y(p[0]-t)<U?d>0?2:1:Y(p[1]-n)<U?d>0?1:0:d>0?3:2}function a(p,d){return u(p.x,d.x)}function u(p,d){var g=c(p,1),l=c(d,1);return g!==l?g-l:g===0?d[1]-p[1]:g===1?p[0]-d[0]:g===2?p[1]-d[1]:d[0]-p[0]}return function(p){var d=p,g=ji(),l,f,h,v,_,m,b,E,S,T,C,L={point:P,lineStart:B,lineEnd:M,polygonStart:w,polygonEnd:R};function P(y,$){o(y,$)&&d.point(y,$)}function I(){for(var y=0,$=0,O=f.length;$<O;++$)for(var q=f[$],x=1,k=q.length,Z=q[0],ie,re,fe=Z[0],K=Z[1];x<k;++x)ie=fe,re=K,Z=q[x],fe=Z[0],K=Z[1],re<=i?K>i&&(fe-ie)*(i-re)>(K-re)*(e-ie)&&++y:K<=i&&(fe-ie)*(i-re)<(K-re)*(e-ie)&&--y;return y}function w(){d=g,l=[],f=[],C=!0}function R(){var y=I(),$=C&&y,O=(l=Hi(l)).length;($||O)&&(p.polygonStart(),$&&(p.lineStart(),s(null,null,1,p),p.lineEnd()),O&&Vi(l,a,y,s,p),p.polygonEnd()),d=p,l=f=h=null}function B(){L.point=N,f&&f.push(h=[]),T=!0,S=!1,b=E=NaN}function M(){l&&(N(v,_),m&&S&&g.rejoin(),l.push(g.result())),L.point=P,S&&d.lineEnd()}function N(y,$){var O=o(y,$);if(f&&h.push([y,$]),T)v=y,_=$,m=O,T=!1,O&&(d.lineStart(),d.point(y,$));else if(O&&S)d.point(y,$);else{var q=[b=Math.max(fn,Math.min(Ve,b)),E=Math.max(fn,Math.min(Ve,E))],x=[y=Math.max(fn,Math.min(Ve,y)),$=Math.max(fn,Math.min(Ve,$))];Wo(q,x,e,n,t,i)?(S||(d.lineStart(),d.point(q[0],q[1])),d.point(x[0],x[1]),O||d.lineEnd(),C=!1):O&&(d.lineStart(),d.point(y,$),C=!1)}b=y,E=$,S=O}return L}}var at=e=>e,Wn=new Pe,lt=new Pe,zi,Yi,ct,ut,Ee={point:ue,lineStart:ue,lineEnd:ue,polygonStart:function(){Ee.lineStart=Yo,Ee.lineEnd=Jo},polygonEnd:function(){Ee.lineStart=Ee.lineEnd=Ee.point=ue,Wn.add(Y(lt)),lt=new Pe},result:function(){var e=Wn/2;return Wn=new Pe,e}};function Yo(){Ee.point=Ko}function Ko(e,n){Ee.point=Ki,zi=ct=e,Yi=ut=n}function Ki(e,n){lt.add(ut*e-ct*n),ct=e,ut=n}function Jo(){Ki(zi,Yi)}var Ue=1/0,Rn=Ue,en=-Ue,On=en,Pn={point:Xo,lineStart:ue,lineEnd:ue,polygonStart:ue,polygonEnd:ue,result:function(){var e=[[Ue,Rn],[en,On]];return en=On=-(Rn=Ue=1/0),e}};function Xo(e,n){e<Ue&&(Ue=e),e>en&&(en=e),n<Rn&&(Rn=n),n>On&&(On=n)}var dt=0,pt=0,We=0,An=0,Ln=0,qe=0,gt=0,ft=0,ze=0,Ji,Xi,_e,ye,ce={point:Ae,lineStart:ii,lineEnd:ri,polygonStart:function(){ce.lineStart=es,ce.lineEnd=ns},polygonEnd:function(){ce.point=Ae,ce.lineStart=ii,ce.lineEnd=ri},result:function(){var e=ze?[gt/ze,ft/ze]:qe?[An/qe,Ln/qe]:We?[dt/We,pt/We]:[NaN,NaN];return dt=pt=We=An=Ln=qe=gt=ft=ze=0,e}};function Ae(e,n){dt+=e,pt+=n,++We}function ii(){ce.point=Qo}function Qo(e,n){ce.point=Zo,Ae(_e=e,ye=n)}function Zo(e,n){var t=e-_e,i=n-ye,o=Ie(t*t+i*i);An+=o*(_e+e)/2,Ln+=o*(ye+n)/2,qe+=o,Ae(_e=e,ye=n)}function ri(){ce.point=Ae}function es(){ce.point=ts}function ns(){Qi(Ji,Xi)}function ts(e,n){ce.point=Qi,Ae(Ji=_e=e,Xi=ye=n)}function Qi(e,n){var t=e-_e,i=n-ye,o=Ie(t*t+i*i);An+=o*(_e+e)/2,Ln+=o*(ye+n)/2,qe+=o,o=ye*e-_e*n,gt+=o*(_e+e),ft+=o*(ye+n),ze+=o*3,Ae(_e=e,ye=n)}function Zi(e){this._context=e}Zi.prototype={_radius:4.5,pointRadius:function(e){return this._radius=e,this},polygonStart:function(){this._line=0},polygonEnd:function(){this._line=NaN},lineStart:function(){this._point=0},lineEnd:function(){this._line===0&&this._context.closePath(),this._point=NaN},point:function(e,n){switch(this._point){case 0:{this._context.moveTo(e,n),this._point=1;break}case 1:{this._context.lineTo(e,n);break}default:{this._context.moveTo(e+this._radius,n),this._context.arc(e,n,this._radius,0,pe);break}}},result:ue};var ht=new Pe,zn,er,nr,Ye,Ke,nn={point:ue,lineStart:function(){nn.point=is},lineEnd:function(){zn&&tr(er,nr),nn.point=ue},polygonStart:function(){zn=!0},polygonEnd:function(){zn=null},result:function(){var e=+ht;return ht=new Pe,e}};function is(e,n){nn.point=tr,er=Ye=e,nr=Ke=n}function tr(e,n){Ye-=e,Ke-=n,ht.add(Ie(Ye*Ye+Ke*Ke)),Ye=e,Ke=n}let oi,kn,si,ai;class li{constructor(n){this._append=n==null?ir:rs(n),this._radius=4.5,this._=""}pointRadius(n){return this._radius=+n,this}polygonStart(){this._line=0}polygonEnd(){this._line=NaN}lineStart(){this._point=0}lineEnd(){this._line===0&&(this._+="Z"),this._point=NaN}point(n,t){switch(this._point){case 0:{this._append`M${n},${t}`,this._point=1;break}case 1:{this._append`L${n},${t}`;break}default:{if(this._append`M${n},${t}`,this._radius!==si||this._append!==kn){const i=this._radius,o=this._;this._="",this._append`m0,${i}a${i},${i} 0 1,1 0,${-2*i}a${i},${i} 0 1,1 0,${2*i}z`,si=i,kn=this._append,ai=this._,this._=o}this._+=ai;break}}}result(){const n=this._;return this._="",n.length?n:null}}function ir(e){let n=1;this._+=e[0];for(const t=e.length;n<t;++n)this._+=arguments[n]+e[n]}function rs(e){const n=Math.floor(e);if(!(n>=0))throw new RangeError(`invalid digits: ${e}`);if(n>15)return ir;if(n!==oi){const t=10**n;oi=n,kn=function(o){let s=1;this._+=o[0];for(const c=o.length;s<c;++s)this._+=Math.round(arguments[s]*t)/t+o[s]}}return kn}function os(e,n){let t=3,i=4.5,o,s;function c(a){return a&&(typeof i=="function"&&s.pointRadius(+i.apply(this,arguments)),ke(a,o(s))),s.result()}return c.area=function(a){return ke(a,o(Ee)),Ee.result()},c.measure=function(a){return ke(a,o(nn)),nn.result()},c.bounds=function(a){return ke(a,o(Pn)),Pn.result()},c.centroid=function(a){return ke(a,o(ce)),ce.result()},c.projection=function(a){return arguments.length?(o=a==null?(e=null,at):(e=a).stream,c):e},c.context=function(a){return arguments.length?(s=a==null?(n=null,new li(t)):new Zi(n=a),typeof i!="function"&&s.pointRadius(i),c):n},c.pointRadius=function(a){return arguments.length?(i=typeof a=="function"?a:(s.pointRadius(+a),+a),c):i},c.digits=function(a){if(!arguments.length)return t;if(a==null)t=null;else{const u=Math.floor(a);if(!(u>=0))throw new RangeError(`invalid digits: ${a}`);t=u}return n===null&&(s=new li(t)),c},c.projection(e).digits(t).context(n)}function Ct(e){return function(n){var t=new mt;for(var i in e)t[i]=e[i];return t.stream=n,t}}function mt(){}mt.prototype={constructor:mt,point:function(e,n){this.stream.point(e,n)},sphere:function(){this.stream.sphere()},lineStart:function(){this.stream.lineStart()},lineEnd:function(){this.stream.lineEnd()},polygonStart:function(){this.stream.polygonStart()},polygonEnd:function(){this.stream.polygonEnd()}};function Rt(e,n,t){var i=e.clipExtent&&e.clipExtent();return e.scale(150).translate([0,0]),i!=null&&e.clipExtent(null),ke(t,e.stream(Pn)),n(Pn.result()),i!=null&&e.clipExtent(i),e}function rr(e,n,t){return Rt(e,function(i){var o=n[1][0]-n[0][0],s=n[1][1]-n[0][1],c=Math.min(o/(i[1][0]-i[0][0]),s/(i[1][1]-i[0][1])),a=+n[0][0]+(o-c*(i[1][0]+i[0][0]))/2,u=+n[0][1]+(s-c*(i[1][1]+i[0][1]))/2;e.scale(150*c).translate([a,u])},t)}function ss(e,n,t){return rr(e,[[0,0],n],t)}function as(e,n,t){return Rt(e,function(i){var o=+n,s=o/(i[1][0]-i[0][0]),c=(o-s*(i[1][0]+i[0][0]))/2,a=-s*i[0][1];e.scale(150*s).translate([c,a])},t)}function ls(e,n,t){return Rt(e,function(i){var o=+n,s=o/(i[1][1]-i[0][1]),c=-s*i[0][0],a=(o-s*(i[1][1]+i[0][1]))/2;e.scale(150*s).translate([c,a])},t)}var ci=16,cs=z(30*te);function ui(e,n){return+n?ds(e,n):us(e)}function us(e){return Ct({point:function(n,t){n=e(n,t),this.stream.point(n[0],n[1])}})}function ds(e,n){function t(i,o,s,c,a,u,p,d,g,l,f,h,v,_){var m=p-i,b=d-o,E=m*m+b*b;if(E>4*n&&v--){var S=c+l,T=a+f,C=u+h,L=Ie(S*S+T*T+C*C),P=Ze(C/=L),I=Y(Y(C)-1)<U||Y(s-g)<U?(s+g)/2:Fe(T,S),w=e(I,P),R=w[0],B=w[1],M=R-i,N=B-o,y=b*M-m*N;(y*y/E>n||Y((m*M+b*N)/E-.5)>.3||c*l+a*f+u*h<cs)&&(t(i,o,s,c,a,u,R,B,I,S/=L,T/=L,C,v,_),_.point(R,B),t(R,B,I,S,T,C,p,d,g,l,f,h,v,_))}}return function(i){var o,s,c,a,u,p,d,g,l,f,h,v,_={point:m,lineStart:b,lineEnd:S,polygonStart:function(){i.polygonStart(),_.lineStart=T},polygonEnd:function(){i.polygonEnd(),_.lineStart=b}};function m(P,I){P=e(P,I),i.point(P[0],P[1])}function b(){g=NaN,_.point=E,i.lineStart()}function E(P,I){var w=Me([P,I]),R=e(P,I);t(g,l,d,f,h,v,g=R[0],l=R[1],d=P,f=w[0],h=w[1],v=w[2],ci,i),i.point(g,l)}function S(){_.point=m,i.lineEnd()}function T(){b(),_.point=C,_.lineEnd=L}function C(P,I){E(o=P,I),s=g,c=l,a=f,u=h,p=v,_.point=E}function L(){t(g,l,d,f,h,v,s,c,o,a,u,p,ci,i),_.lineEnd=S,S()}return _}}var ps=Ct({point:function(e,n){this.stream.point(e*te,n*te)}});function gs(e){return Ct({point:function(n,t){var i=e(n,t);return this.stream.point(i[0],i[1])}})}function fs(e,n,t,i,o){function s(c,a){return c*=i,a*=o,[n+e*c,t-e*a]}return s.invert=function(c,a){return[(c-n)/e*i,(t-a)/e*o]},s}function di(e,n,t,i,o,s){if(!s)return fs(e,n,t,i,o);var c=z(s),a=J(s),u=c*e,p=a*e,d=c/e,g=a/e,l=(a*t-c*n)/e,f=(a*n+c*t)/e;function h(v,_){return v*=i,_*=o,[u*v-p*_+n,t-p*v-u*_]}return h.invert=function(v,_){return[i*(d*v-g*_+l),o*(f-g*v-d*_)]},h}function hs(e){var n,t=150,i=480,o=250,s=0,c=0,a=0,u=0,p=0,d,g=0,l=1,f=1,h=null,v=ti,_=null,m,b,E,S=at,T=.5,C,L,P,I,w;function R(y){return P(y[0]*te,y[1]*te)}function B(y){return y=P.invert(y[0],y[1]),y&&[y[0]*he,y[1]*he]}R.stream=function(y){return I&&w===y?I:I=ps(gs(d)(v(C(S(w=y)))))},R.preclip=function(y){return arguments.length?(v=y,h=void 0,N()):v},R.postclip=function(y){return arguments.length?(S=y,_=m=b=E=null,N()):S},R.clipAngle=function(y){return arguments.length?(v=+y?Vo(h=y*te):(h=null,ti),N()):h*he},R.clipExtent=function(y){return arguments.length?(S=y==null?(_=m=b=E=null,at):zo(_=+y[0][0],m=+y[0][1],b=+y[1][0],E=+y[1][1]),N()):_==null?null:[[_,m],[b,E]]},R.scale=function(y){return arguments.length?(t=+y,M()):t},R.translate=function(y){return arguments.length?(i=+y[0],o=+y[1],M()):[i,o]},R.center=function(y){return arguments.length?(s=y[0]%360*te,c=y[1]%360*te,M()):[s*he,c*he]},R.rotate=function(y){return arguments.length?(a=y[0]%360*te,u=y[1]%360*te,p=y.length>2?y[2]%360*te:0,M()):[a*he,u*he,p*he]},R.angle=function(y){return arguments.length?(g=y%360*te,M()):g*he},R.reflectX=function(y){return arguments.length?(l=y?-1:1,M()):l<0},R.reflectY=function(y){return arguments.length?(f=y?-1:1,M()):f<0},R.precision=function(y){return arguments.length?(C=ui(L,T=y*y),N()):Ie(T)},R.fitExtent=function(y,$){return rr(R,y,$)},R.fitSize=function(y,$){return ss(R,y,$)},R.fitWidth=function(y,$){return as(R,y,$)},R.fitHeight=function(y,$){return ls(R,y,$)};function M(){var y=di(t,0,0,l,f,g).apply(null,n(s,c)),$=di(t,i-y[0],o-y[1],l,f,g);return d=xo(a,u,p),L=ot(n,$),P=ot(d,L),C=ui(L,T),N()}function N(){return I=w=null,R}return function(){return n=e.apply(this,arguments),R.invert=n.invert&&B,M()}}function ms(e){var n=0,t=D/3,i=hs(e),o=i(n,t);return o.parallels=function(s){return arguments.length?i(n=s[0]*te,t=s[1]*te):[n*he,t*he]},o}function or(e,n){return[e,nt(Gi((Q+n)/2))]}or.invert=function(e,n){return[e,2*Nt(qo(n))-Q]};function hn(e){return Gi((Q+e)/2)}function _s(e,n){var t=z(e),i=e===n?J(e):nt(t/z(n))/nt(hn(n)/hn(e)),o=t*Gn(hn(e),i)/i;if(!i)return or;function s(c,a){o>0?a<-Q+U&&(a=-Q+U):a>Q-U&&(a=Q-U);var u=o/Gn(hn(a),i);return[u*J(i*c),o-u*z(i*c)]}return s.invert=function(c,a){var u=o-a,p=je(i)*Ie(c*c+u*u),d=Fe(c,Y(u))*je(u);return u*i<0&&(d-=D*je(c)*je(u)),[d/i,2*Nt(Gn(o/p,1/i))-Q]},s}function ys(){return ms(_s).scale(109.5).parallels([30,30])}function pi(e,n){return[e,n]}pi.invert=pi;const vs=V(`
  query MapPage($filter: IncidentFilterInput, $lang: Language) {
    incidentsGeojson(filter: $filter, lang: $lang)
    provisions(first: 100) { nodes { slug heading(lang: $lang) } }
  }
`),bs=["ARSON","GUNFIRE","VANDALISM","INTIMIDATION","GRAFFITI","RIOT","ASSAULT","SMUGGLING","ESCAPE_ATTEMPT","OTHER"],gi=600,fi=600;function Es(){const{t:e,label:n,href:t,apiLang:i}=F(),{query:o,path:s,route:c}=be(),a={from:o.from||void 0,to:o.to||void 0,kind:o.kind||void 0,provision:o.provision||void 0},u=ne(vs,{filter:a,lang:i}),[p,d]=G();we(()=>{fetch("/app/basemap.json").then(v=>v.json()).then(d,()=>{})},[]);const g=p?.features.filter(v=>v.properties.france),l=ys().parallels([44,49]).rotate([-3,0]);g&&l.fitExtent([[10,10],[gi-10,fi-10]],{type:"FeatureCollection",features:g});const f=os(l),h=v=>{v.preventDefault();const _=new FormData(v.currentTarget),m=new URLSearchParams(o);for(const b of["from","to","kind","provision"]){const E=String(_.get(b)??"");E?m.set(b,E):m.delete(b)}c(`${s}?${m}`)};return r(A,{children:[r("h1",{children:e.map}),r(ge,{query:u,children:v=>{const _=v.incidentsGeojson;return r(A,{children:[r("form",{class:"filters",onSubmit:h,"aria-label":e.filters,children:[r("label",{children:[e.from," ",r("input",{type:"date",name:"from",defaultValue:a.from})]}),r("label",{children:[e.to," ",r("input",{type:"date",name:"to",defaultValue:a.to})]}),r("label",{children:[e.kind," ",r("select",{name:"kind",defaultValue:a.kind??"",children:[r("option",{value:"",children:e.any}),bs.map(m=>r("option",{value:m,children:n(m)}))]})]}),r("label",{children:[e.provision," ",r("select",{name:"provision",defaultValue:a.provision??"",children:[r("option",{value:"",children:e.any}),v.provisions.nodes.map(m=>r("option",{value:m.slug,children:m.heading}))]})]}),r("button",{type:"submit",children:e.filters})]},JSON.stringify(a)),r("p",{class:"map-count","aria-live":"polite",children:e.markers(_.features.length,_.withoutCoordinates)}),r("svg",{class:"map",viewBox:`0 0 ${gi} ${fi}`,role:"group","aria-label":e.map,children:[p?.features.map(m=>r("path",{d:f(m)??"",class:m.properties.france?"land-fr":"land","aria-hidden":"true"})),_.features.map(m=>{const[b,E]=l(m.geometry.coordinates)??[0,0];return r("a",{href:t(`/incidents/${m.properties.slug}`),class:"marker","aria-label":`${m.properties.occurredOn} ${m.properties.title}`,children:r("circle",{cx:b,cy:E,r:"6","data-slug":m.properties.slug,children:r("title",{children:`${m.properties.occurredOn} — ${m.properties.title}${m.properties.facilityName?` (${m.properties.facilityName})`:""}`})})})})]}),r("p",{class:"note",children:e.basemapCredit}),r("ol",{class:"map-list",children:_.features.map(m=>r("li",{children:[r("time",{children:m.properties.occurredOn})," ",r("a",{href:t(`/incidents/${m.properties.slug}`),children:m.properties.title}),m.properties.facilityName?` — ${m.properties.facilityName}`:""]}))})]})}})]})}V(`
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
`);const $s={Provision:"/provisions/",Incident:"/incidents/",Criticism:"/criticisms/",Facility:"/facilities/",Actor:"/actors/",Source:"/sources/"};function sr(e){if(!e?.__typename)return;if(e.__typename==="Law")return"/";const n=$s[e.__typename];return n&&e.slug?`${n}${e.slug}`:void 0}const ws=V(`
  query TimelinePage($from: Date, $to: Date, $lang: Language) {
    timeline(from: $from, to: $to, first: 100) {
      type date datePrecision title(lang: $lang) slug
      node { id ...NodeLink }
    }
  }
`);function Ss(){const{t:e,label:n,href:t,apiLang:i}=F(),{query:o,path:s,route:c}=be(),a=o.from||void 0,u=o.to||void 0,p=ne(ws,{from:a,to:u,lang:i}),d=g=>{g.preventDefault();const l=new FormData(g.currentTarget),f=new URLSearchParams(o);for(const h of["from","to"]){const v=String(l.get(h)??"");v?f.set(h,v):f.delete(h)}c(`${s}?${f}`)};return r(A,{children:[r("h1",{children:e.timeline}),r("form",{class:"filters",onSubmit:d,"aria-label":e.filters,children:[r("label",{children:[e.from," ",r("input",{type:"date",name:"from",defaultValue:a})]}),r("label",{children:[e.to," ",r("input",{type:"date",name:"to",defaultValue:u})]}),r("button",{type:"submit",children:e.filters})]},`${a}|${u}`),r(ge,{query:p,children:g=>r("ol",{class:"chrono timeline",children:g.timeline.map(l=>{const f=sr(l.node);return r("li",{class:`chrono-${l.type}`,children:[r("time",{children:l.date})," ",r("span",{class:"tag",children:n(l.type)})," ",f?r("a",{href:t(f),children:l.title}):l.title]})})})})]})}const Is=V(`
  query SearchPage($q: String!) {
    search(query: $q, first: 30) {
      totalCount
      nodes { type slug title snippet node { id ...NodeLink } }
    }
  }
`);function Ts({q:e}){const{t:n,label:t,href:i}=F(),o=ne(Is,{q:e},!1);return r(ge,{query:o,children:s=>r(A,{children:[r("p",{"aria-live":"polite",children:n.results(s.search.totalCount)}),r("ol",{class:"hits",children:s.search.nodes.map(c=>{const a=sr(c.node);return r("li",{"data-type":c.type,children:[r("span",{class:"tag",children:t(c.type)})," ",a?r("a",{href:i(a),children:c.title}):c.title,r("br",{}),r(qr,{text:c.snippet})]})})})]})})}function Ns(){const{t:e}=F(),{query:n,path:t,route:i}=be(),[o,s]=G(n.q??"");return we(()=>{const c=setTimeout(()=>{if((n.q??"")===o.trim())return;const a=new URLSearchParams(n);o.trim()?a.set("q",o.trim()):a.delete("q"),i(`${t}${a.toString()?`?${a}`:""}`,!0)},200);return()=>clearTimeout(c)},[o]),r(A,{children:[r("h1",{children:e.search}),r("form",{role:"search",onSubmit:c=>c.preventDefault(),children:[r("label",{for:"q",children:e.searchLabel})," ",r("input",{id:"q",type:"search",value:o,onInput:c=>s(c.currentTarget.value),autoComplete:"off"})]}),n.q&&r(Ts,{q:n.q})]})}const Cs=V(`
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
`);function Rs({slug:e}){const{t:n,label:t,href:i,apiLang:o}=F(),s=ne(Cs,{slug:e,lang:o});return r(ge,{query:s,children:c=>{const a=c.actor;if(!a)return r("h1",{children:n.notFound});const u=new Map;for(const p of a.criticisms.nodes)for(const d of p.rights.length?p.rights:["—"])u.set(d,[...u.get(d)??[],p]);return r(A,{children:[r("h1",{children:a.name}),r("p",{children:a.description}),r(de,{citations:a.citations}),r("h2",{children:n.byRight}),[...u.entries()].map(([p,d])=>r("section",{class:"right",children:[r("h3",{children:p.replace(/_/g," ")}),r("ul",{children:d.map(g=>r("li",{children:[r("span",{class:"tag",children:t(g.stance)})," ",r("a",{href:i(`/criticisms/${g.slug}`),children:g.summary}),g.statedOn?` (${g.statedOn})`:"",g.provisions.length>0&&r(A,{children:[" → ",g.provisions.map(l=>r("a",{href:i(`/provisions/${l.provision.slug}`),children:[l.provision.heading," "]}))]}),r(de,{citations:g.citations})]}))})]}))]})}})}const Os=V(`
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
`),Ps=V(`
  query ProvisionCitations($lang: Language) {
    provisions(first: 100) {
      nodes {
        slug heading(lang: $lang) citations { quote source { slug } }
        parameters { label citations { quote source { slug } } }
        texts { text source { slug } }
      }
    }
  }
`),As=V(`
  query IncidentCitations($lang: Language) {
    incidents(first: 100) {
      nodes {
        slug title(lang: $lang) citations { quote source { slug } }
        outcomes { name citations { quote source { slug } } }
        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }
      }
    }
  }
`),Ls=V(`
  query CriticismCitations($lang: Language) {
    criticisms(first: 100) {
      nodes {
        slug summary(lang: $lang) citations { quote source { slug } }
        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }
      }
    }
  }
`);function ks(e){const{apiLang:n}=F(),t=ne(Os,{lang:n}),i=ne(Ps,{lang:n}),o=ne(As,{lang:n}),s=ne(Ls,{lang:n});if(!t.data||!i.data||!o.data||!s.data)return{};const c=[],a=(u,p,d)=>{for(const g of u)g.source.slug===e&&c.push({quote:g.quote,label:p,path:d})};for(const u of t.data.laws.nodes){a(u.citations,u.titleFr,"/");for(const p of u.stages)a(p.citations,p.description,"/");for(const p of u.events)a(p.citations,p.title,p.provision?`/provisions/${p.provision.slug}`:"/");for(const p of u.claims)for(const d of p.claims)a(d.citations,`${p.question} — ${d.value}`,"/")}for(const u of t.data.facilities.nodes)a(u.citations,u.name,`/facilities/${u.slug}`);for(const u of t.data.actors.nodes)a(u.citations,u.name,`/actors/${u.slug}`);for(const u of i.data.provisions.nodes){a(u.citations,u.heading,`/provisions/${u.slug}`);for(const p of u.parameters)a(p.citations,`${u.heading} — ${p.label}`,`/provisions/${u.slug}`);for(const p of u.texts)a([{quote:p.text,source:p.source}],`${u.heading}`,`/provisions/${u.slug}`)}for(const u of o.data.incidents.nodes){a(u.citations,u.title,`/incidents/${u.slug}`);for(const p of u.outcomes)a(p.citations,`${u.title} — ${p.name}`,`/incidents/${u.slug}`);for(const p of u.provisions)a(p.citations,`${u.title} → ${p.provision.heading}`,`/provisions/${p.provision.slug}`)}for(const u of s.data.criticisms.nodes){a(u.citations,u.summary,`/criticisms/${u.slug}`);for(const p of u.provisions)a(p.citations,`${u.summary} → ${p.provision.heading}`,`/provisions/${p.provision.slug}`)}return{data:c}}const qs=V(`
  query SourcePage($slug: ID!) {
    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }
  }
`);function ar(e,n){const t=[];for(const s of n){if(!s.quote)continue;let c=e.indexOf(s.quote);for(;c>=0;)t.push({start:c,end:c+s.quote.length,passage:s}),c=e.indexOf(s.quote,c+1)}const i=[...new Set([0,e.length,...t.flatMap(s=>[s.start,s.end])])].sort((s,c)=>s-c),o=[];for(let s=0;s+1<i.length;s++){const[c,a]=[i[s],i[s+1]];o.push({start:c,end:a,passages:t.filter(u=>u.start<=c&&u.end>=a).map(u=>u.passage)})}return{pieces:o,found:[...new Set(t.map(s=>s.passage))]}}function lr({text:e,passages:n,focus:t,containerRef:i,label:o}){const{href:s}=F(),{pieces:c}=ar(e,n);let a=!1;return r("div",{class:"source-text",ref:i,tabIndex:0,role:"region","aria-label":o,children:c.map(u=>{const p=e.slice(u.start,u.end);if(u.passages.length===0)return p;const d=!!t&&u.passages.some(f=>f.quote===t),g=d&&!a?"focus":void 0;g&&(a=!0);const l=u.passages[0];return r("mark",{id:g,class:d?"cited focus":"cited",title:u.passages.map(f=>f.label).join(" · "),children:p.trim()?r("a",{href:s(l.path),children:p}):p})})})}function Ds({slug:e}){const{t:n,label:t,href:i}=F(),{auth:o}=It(),{query:s,route:c}=be(),a=ne(qs,{slug:e}),u=ks(e),p=me(null),d=!!a.data&&!!u.data;return we(()=>{d&&document.getElementById("focus")?.scrollIntoView({block:"center"})},[d,s.quote]),r(ge,{query:a,children:g=>{const l=g.source;if(!l)return r("h1",{children:n.notFound});const f=u.data??[],{found:h}=ar(l.text,f);return r(A,{children:[r("h1",{children:l.title}),r("p",{children:[l.publisher??""," ",l.publishedOn??""," · ",n.reliability,n.colon,r("span",{class:`rel rel-${l.reliability}`,children:t(l.reliability)}),l.url&&r(A,{children:[" · ",r("span",{class:"url",children:l.url})]})]}),r("p",{class:"note",children:l.reliabilityNote}),r("p",{"aria-live":"polite",class:"passage-count","aria-busy":!u.data,children:u.data?n.citedPassages(h.length):n.loading}),o&&r("p",{children:[n.selectPassage," ",r("button",{type:"button",id:"link-selection",onClick:()=>{const v=Fi(p.current,l.text);v&&c(i("/curation",{source:l.slug,quote:v}))},children:n.linkSelection})]}),r(lr,{text:l.text,passages:f,focus:s.quote,containerRef:p,label:l.title}),r("h2",{children:n.evidence}),r("ul",{class:"passages",children:h.map(v=>r("li",{children:[n.open,v.quote,n.close," — ",n.supports," ",r("a",{href:i(v.path),children:v.label})]}))})]})}})}const xs=V(`
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
`);function Fs({slug:e}){const{t:n,label:t,href:i,apiLang:o}=F(),s=ne(xs,{slug:e,lang:o});return r(ge,{query:s,children:c=>{const a=c.incident;return a?r(A,{children:[r("h1",{children:a.title}),r("p",{children:[r("time",{children:a.occurredOn}),a.timeOfDay?` ${a.timeOfDay}`:""," · ",a.kinds.map(t).join(", "),a.facility&&r(A,{children:[" · ",r("a",{href:i(`/facilities/${a.facility.slug}`),children:a.facility.name})]}),a.investigatingBody&&r(A,{children:[" · ",r("a",{href:i(`/actors/${a.investigatingBody.slug}`),children:a.investigatingBody.name})]})]}),r("p",{children:r(De,{value:a.corroboration})}),r("p",{children:a.summary}),r("h2",{children:n.evidence}),r(de,{citations:a.citations}),a.outcomes.length>0&&r(A,{children:[r("h2",{children:n.outcomes}),r("ul",{children:a.outcomes.map(u=>r("li",{children:[u.name,n.colon,u.display,r(de,{citations:u.citations})]}))})]}),r("h2",{children:n.provision}),a.provisions.length===0?r("p",{children:n.none}):r("ul",{children:a.provisions.map(u=>r("li",{children:[r("a",{href:i(`/provisions/${u.provision.slug}`),children:u.provision.heading})," · ",t(u.relation),r(de,{citations:u.citations})]}))}),r(Tt,{claims:a.claims})]}):r("h1",{children:n.notFound})}})}const Ms=V(`
  query FacilityPage($slug: ID!, $lang: Language) {
    facility(id: $slug) {
      slug name kind city aliases latitude longitude coordinatesNote
      citations { quote note source { slug title reliability } }
      incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn kinds } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);function Us({slug:e}){const{t:n,label:t,href:i,apiLang:o}=F(),s=ne(Ms,{slug:e,lang:o});return r(ge,{query:s,children:c=>{const a=c.facility;return a?r(A,{children:[r("h1",{children:a.name}),r("p",{children:[a.city??"",a.aliases.length>0&&r(A,{children:[" · ",n.aliases,n.colon,a.aliases.join(", ")]})]}),a.coordinatesNote&&r("p",{class:"note",children:[a.latitude,", ",a.longitude," — ",a.coordinatesNote]}),r(de,{citations:a.citations}),r("h2",{children:n.incidents}),r("ul",{class:"incidents",children:a.incidents.nodes.map(u=>r("li",{children:[r("time",{children:u.occurredOn})," ",r("a",{href:i(`/incidents/${u.slug}`),children:u.title})," (",u.kinds.map(t).join(", "),")"]}))}),r(Tt,{claims:a.claims})]}):r("h1",{children:n.notFound})}})}const Bs=V(`
  query CriticismPage($slug: ID!, $lang: Language) {
    criticism(id: $slug) {
      slug stance rights summary(lang: $lang) quote statedOn version
      author { slug name }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }
    }
  }
`);function Hs({slug:e}){const{t:n,label:t,href:i,apiLang:o}=F(),s=ne(Bs,{slug:e,lang:o});return r(ge,{query:s,children:c=>{const a=c.criticism;return a?r(A,{children:[r("h1",{children:[r("a",{href:i(`/actors/${a.author.slug}`),children:a.author.name})," · ",t(a.stance)]}),r("p",{class:"summary",children:a.summary}),a.quote&&r("blockquote",{children:[n.open,a.quote,n.close]}),r("p",{children:[a.rights.join(", ")," ",a.statedOn?`· ${a.statedOn}`:""," · ",r(De,{value:a.corroboration})]}),r(de,{citations:a.citations}),r("h2",{children:n.provision}),r("ul",{children:a.provisions.map(u=>r("li",{children:[r("a",{href:i(`/provisions/${u.provision.slug}`),children:u.provision.heading}),r(de,{citations:u.citations})]}))})]}):r("h1",{children:n.notFound})}})}const Gs=V(`
  query EditCriticism($slug: ID!) {
    criticism(id: $slug) {
      slug version stance rights quote statedOn
      summary(lang: EN)
      french: localizedSummary(lang: FR) { text language }
      author { slug }
      citations { quote note source { slug } }
    }
  }
`),js=V(`
  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } proposal { id status } }
  }
`);async function Yn(e){return(await Se(Gs,{slug:e})).criticism}function Vs({auth:e,criticisms:n}){const{t,href:i}=F(),[o,s]=G(),[c,a]=G(""),[u,p]=G(""),[d,g]=G(),[l,f]=G(),h=async _=>{const m=await Yn(_);s(m??void 0),a(m?.summary??""),p(m?.french.language==="FR"?m.french.text:""),g(void 0),f(void 0)},v=async _=>{const m={slug:_.slug,actor:_.author.slug,stance:_.stance,rights:_.rights,summary:c,summaryFr:u.trim()?u:null,quote:_.quote,statedOn:_.statedOn,citations:_.citations.map(b=>({source:b.source.slug,quote:b.quote,note:b.note}))};try{const b=await Se(js,{id:_.slug,expectedVersion:_.version,input:m},e);if(!b.updateCriticism.revision&&b.updateCriticism.proposal){g(void 0),f({ok:!0,text:t.sentForReview,proposed:!0});return}const E=await Yn(_.slug);s(E??void 0),g(void 0),f({ok:!0,text:t.saved})}catch(b){b instanceof Oe&&b.code==="CONFLICT"?(g(await Yn(_.slug)??void 0),f({ok:!1,text:t.conflict})):f({ok:!1,text:b instanceof Error?b.message:String(b)})}};return r("section",{"aria-labelledby":"edit-title",children:[r("h2",{id:"edit-title",children:t.editTitle}),r("label",{children:[t.criticism," ",r("select",{id:"edit-criticism",value:o?.slug??"",onChange:_=>h(_.currentTarget.value),children:[r("option",{value:"",children:"—"}),n.map(_=>r("option",{value:_.slug,children:_.summary.slice(0,80)}))]})]}),o&&r("form",{onSubmit:_=>{_.preventDefault(),v(o)},children:[r("p",{children:[t.version," ",r("span",{id:"seen-version",children:o.version})]}),r("label",{children:[t.summaryEn," ",r("textarea",{id:"edit-summary",lang:"en",rows:4,value:c,onInput:_=>a(_.currentTarget.value)})]}),r("label",{children:[t.summaryFr," ",r("textarea",{id:"edit-summary-fr",lang:"fr",rows:4,value:u,onInput:_=>p(_.currentTarget.value)})]}),r("button",{type:"submit",id:"save",children:t.save})]}),l&&r("p",{role:"status",id:"edit-status",class:l.ok?"ok":"error",children:[l.text,l.proposed&&r(A,{children:[" ",r("a",{href:i("/proposals"),children:t.seeProposals})]})]}),d&&r("div",{class:"conflict",id:"conflict",children:[r("h3",{children:[t.currentRecord," (",t.version," ",d.version,")"]}),r("p",{class:"current-summary",children:d.summary}),r("button",{type:"button",id:"reapply",onClick:()=>v(d),children:t.reapply})]})]})}function cr(e,n){return e.kind==="refused"?n.wrongLogin:e.kind==="throttled"?n.throttled(e.seconds):n.serverMessages[e.message]??e.message}function He(e){const{t:n}=F(),{id:t,problem:i,help:o}=e,s=i?.kind==="field"&&i.field===e.name?cr(i,n):void 0,c=[o&&`${t}-help`,s&&`${t}-error`].filter(Boolean).join(" ")||void 0;return r("p",{class:"field",children:[r("label",{for:t,children:e.label})," ",r("input",{id:t,name:e.name,type:e.type??"text",autoComplete:e.autoComplete,value:e.value,minLength:e.minLength,required:!0,"aria-invalid":s?!0:void 0,"aria-describedby":c}),o&&r("span",{id:`${t}-help`,class:"help",children:[" ",o]}),s&&r("span",{id:`${t}-error`,class:"error",role:"alert",children:[" ",s]})]})}function hi({id:e,problem:n}){const{t}=F();return!n||n.kind==="field"?null:r("p",{id:e,role:"alert",class:"error",children:cr(n,t)})}function Kn(e){e.preventDefault();const n=new FormData(e.currentTarget);return t=>String(n.get(t)??"")}function ur({notice:e}){const{t:n}=F(),{query:t,path:i,route:o}=be(),s=t.invite??"",[c,a]=G(),[u,p]=G(),[d,g]=G(!1),l=async h=>{const v=Kn(h);g(!0),a(void 0),a(await _o(v("login").trim(),v("password"))),g(!1)},f=async h=>{const v=Kn(h);g(!0),p(void 0);const _=await yo(v("code").trim(),v("login").trim(),v("password"));if(g(!1),p(_),!_&&s){const m=new URLSearchParams(t);m.delete("invite"),o(`${i}${m.toString()?`?${m}`:""}`,!0)}};return r(A,{children:[e&&r("p",{role:"status",class:"ok",children:e}),r("section",{"aria-labelledby":"sign-in-title",children:[r("h2",{id:"sign-in-title",children:n.signIn}),r("form",{id:"sign-in",class:"auth",onSubmit:l,children:[r(He,{id:"sign-in-login",name:"login",label:n.login,autoComplete:"username",problem:c}),r(He,{id:"sign-in-password",name:"password",label:n.password,type:"password",autoComplete:"current-password",problem:c}),r("button",{type:"submit",disabled:d,children:n.signIn}),r(hi,{id:"sign-in-error",problem:c})]})]}),r("details",{id:"invitation",open:!!s,children:[r("summary",{children:n.haveInvitation}),r("form",{id:"accept-invitation",class:"auth",onSubmit:f,children:[r(He,{id:"invite-code",name:"code",label:n.invitationCode,autoComplete:"off",value:s||void 0,problem:u}),r(He,{id:"invite-login",name:"login",label:n.login,autoComplete:"username",problem:u}),r(He,{id:"invite-password",name:"password",label:n.newPassword,type:"password",autoComplete:"new-password",help:n.newPasswordHelp,minLength:12,problem:u}),r("button",{type:"submit",disabled:d,children:n.acceptInvitation}),r(hi,{id:"invite-error",problem:u})]})]}),r("details",{id:"token-option",children:[r("summary",{children:n.useToken}),r("form",{id:"token-form",onSubmit:h=>{const v=Kn(h)("token").trim();v&&vo(v)},children:[r("p",{class:"help",children:n.useTokenHelp}),r("label",{for:"token",children:n.token})," ",r("input",{id:"token",name:"token",type:"password",autoComplete:"off",required:!0})," ",r("button",{type:"submit",children:n.signIn})]})]})]})}const Ws=V(`
  query CurationChoices($lang: Language) {
    provisions(first: 100) { nodes { slug heading(lang: $lang) } }
    criticisms(first: 100) { nodes { slug summary(lang: $lang) author { name } } }
    incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn } }
    sources(first: 100) { nodes { slug title } }
  }
`),zs=V(`
  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }
`),Ys=V(`
  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } proposal { id status } }
  }
`),Ks=V(`
  mutation LinkIncident($input: IncidentLinkInput!) {
    linkIncident(input: $input) { revision { id operation } proposal { id status } }
  }
`),Js=["REACTION_TO_PROVISION","CITED_AS_JUSTIFICATION","COINCIDED_WITH_DEBATE"];function Xs(){const{t:e,label:n,apiLang:t,href:i}=F(),{query:o,path:s,route:c}=be(),{auth:a,checking:u}=It(),[p,d]=G(),[g,l]=G(!1),f=ne(Ws,{lang:t}),h=o.source??"",v=ne(zs,{slug:h||"-"}),_=me(null),[m,b]=G("criticism"),[E,S]=G(o.quote??""),[T,C]=G(),L=(I,w)=>{const R=new URLSearchParams(o);w?R.set(I,w):R.delete(I),c(`${s}?${R}`,!0)};if(u)return r(A,{children:[r("h1",{children:e.curation}),r("p",{"aria-busy":"true",children:e.loading})]});if(!a)return r(A,{children:[r("h1",{children:e.curation}),r(ur,{notice:p})]});const P=async I=>{I.preventDefault();const w=new FormData(I.currentTarget),R={source:h,quote:E,note:String(w.get("note")??"")||null};try{let B;if(m==="criticism"){const M=await Se(Ys,{criticism:String(w.get("target")),input:{provision:String(w.get("provision")),citations:[R]}},a);B=!M.linkCriticism.revision&&!!M.linkCriticism.proposal}else{const M=await Se(Ks,{input:{incident:String(w.get("target")),provision:String(w.get("provision")),relation:String(w.get("relation")),citations:[R]}},a);B=!M.linkIncident.revision&&!!M.linkIncident.proposal}C(B?{ok:!0,text:e.sentForReview,proposed:B}:{ok:!0,text:e.linked})}catch(B){B instanceof Oe&&B.code==="UNAUTHENTICATED"&&xn(),C({ok:!1,text:B instanceof Error?B.message:String(B)})}};return r(A,{children:[r("h1",{children:e.curation}),r("p",{children:[r("span",{id:"signed-in",children:a.kind==="session"?`${e.signedInAs(a.login)}${e.roles[a.role]?` (${e.roles[a.role]})`:""}`:e.signedInWithToken})," ","·"," ",r("button",{type:"button",id:"sign-out",onClick:async()=>{const I=await bo();C(void 0),l(!I),d(I?e.signedOut:void 0)},children:e.signOut})," ","· ",r("a",{id:"proposals-link",href:i("/proposals"),children:e.proposals}),g&&r("span",{role:"alert",class:"error",children:[" ",e.signOutFailed]})]}),r(ge,{query:f,children:I=>r(A,{children:[r("section",{"aria-labelledby":"link-title",children:[r("h2",{id:"link-title",children:e.linkTitle}),r("form",{class:"curation",onSubmit:P,children:[r("label",{children:[e.linkWhat," ",r("select",{name:"what",value:m,onChange:w=>b(w.currentTarget.value),children:[r("option",{value:"criticism",children:e.criticism}),r("option",{value:"incident",children:e.incident})]})]}),r("label",{children:[m==="criticism"?e.criticism:e.incident," ",r("select",{name:"target",id:"target",children:m==="criticism"?I.criticisms.nodes.map(w=>r("option",{value:w.slug,children:[w.author.name," — ",w.summary.slice(0,80)]})):I.incidents.nodes.map(w=>r("option",{value:w.slug,children:[w.occurredOn," — ",w.title]}))})]}),m==="incident"&&r("label",{children:[e.relation," ",r("select",{name:"relation",children:Js.map(w=>r("option",{value:w,children:n(w)}))})]}),r("label",{children:[e.provision," ",r("select",{name:"provision",id:"provision",children:I.provisions.nodes.map(w=>r("option",{value:w.slug,children:w.heading}))})]}),r("label",{children:[e.source," ",r("select",{name:"source",id:"source",value:h,onChange:w=>L("source",w.currentTarget.value),children:[r("option",{value:"",children:"—"}),I.sources.nodes.map(w=>r("option",{value:w.slug,children:w.title}))]})]}),r("p",{children:[e.selectPassage," ",r("button",{type:"button",id:"use-selection",onClick:()=>S(Fi(_.current,v.data?.source?.text??"")??""),children:e.useSelection})]}),r("label",{children:[e.quote," ",r("textarea",{name:"quote",id:"quote",readOnly:!0,value:E,rows:3})]}),r("label",{children:[e.note," ",r("input",{name:"note"})]}),r("button",{type:"submit",id:"link",disabled:!E||!h,children:e.link}),T&&r("p",{role:"status",id:"link-status",class:T.ok?"ok":"error",children:[T.text,T.proposed&&r(A,{children:[" ",r("a",{href:i("/proposals"),children:e.seeProposals})]})]})]}),v.data?.source&&r(lr,{text:v.data.source.text,passages:[],containerRef:_,label:v.data.source.title})]}),r(Vs,{auth:a,criticisms:I.criticisms.nodes})]})})]})}function mi(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Qs(e,n){const t=mi(e)?e:{},i=mi(n)?n:{};return[...new Set([...Object.keys(t),...Object.keys(i)])].filter(s=>JSON.stringify(t[s]??null)!==JSON.stringify(i[s]??null)).map(s=>({field:s,before:t[s],after:i[s]}))}function dr(e){return e.replace(/_/g," ").replace(/([a-z])([A-Z])/g,"$1 $2").toLowerCase()}function qn({value:e}){const{t:n,label:t}=F();return e==null||e===""||Array.isArray(e)&&e.length===0?r("span",{class:"help",children:n.nothing}):typeof e=="boolean"?r(A,{children:e?n.yes:n.no}):typeof e=="number"?r(A,{children:String(e)}):typeof e=="string"?r(A,{children:/^[A-Z][A-Z_]+$/.test(e)?t(e):e}):Array.isArray(e)?r("ul",{class:"json-list",children:e.map(i=>r("li",{children:r(qn,{value:i})}))}):r("dl",{class:"json-record",children:Object.entries(e).map(([i,o])=>r("div",{children:[r("dt",{children:n.fieldNames[i]??dr(i)}),r("dd",{children:r(qn,{value:o})})]}))})}function Zs({before:e,after:n,caption:t}){const{t:i}=F(),o=Qs(e,n);return o.length===0?r("p",{children:i.noFieldChanges}):r("table",{class:"proposal-diff",children:[r("caption",{children:t}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:i.field}),r("th",{scope:"col",children:i.before}),r("th",{scope:"col",children:i.after})]})}),r("tbody",{children:o.map(s=>r("tr",{"data-field":s.field,children:[r("th",{scope:"row",children:i.fieldNames[s.field]??dr(s.field)}),r("td",{class:"old",children:r(qn,{value:s.before})}),r("td",{class:"new",children:r(qn,{value:s.after})})]}))})]})}const ea=V(`
  query Proposals {
    proposals {
      id status operation entityType entitySlug before after
      proposedBy proposedAt reviewedBy reviewedAt reason
    }
  }
`),na=V(`
  mutation ApproveProposal($id: ID!) {
    approveProposal(id: $id) { revision { id } proposal { id status } }
  }
`),ta=V(`
  mutation RejectProposal($id: ID!, $reason: String!) {
    rejectProposal(id: $id, reason: $reason) { id status reason }
  }
`);function pr(e,n){if(e instanceof Oe){const t=e.errors[0],i=e.code?n.reviewErrors[e.code]:void 0,o=t?.extensions?.currentVersion;return i?typeof o=="number"?`${i} ${n.currentVersionIs(o)}`:i:e.message}return e instanceof Error?e.message:String(e)}function ia(){const{lang:e}=F(),n=new Intl.DateTimeFormat(e==="fr"?"fr-FR":"en-GB",{dateStyle:"long",timeStyle:"short",timeZone:"UTC"});return t=>t?`${n.format(new Date(t))} UTC`:""}function ra(){const{t:e}=F(),{auth:n,checking:t}=It(),[i,o]=G({}),[s,c]=G(),[a,u]=G(0);if(we(()=>{if(!n)return;let h=!0;return Se(ea,{},n).then(v=>h&&o({proposals:v.proposals})).catch(v=>{h&&(v instanceof Oe&&v.code==="UNAUTHENTICATED"&&xn(),o({error:pr(v,e)}))}),()=>{h=!1}},[n,a,e]),t)return r(A,{children:[r("h1",{children:e.proposals}),r("p",{"aria-busy":"true",children:e.loading})]});if(!n)return r(A,{children:[r("h1",{children:e.proposals}),r(ur,{})]});const p=n.kind==="token"||n.role==="editor"||n.role==="admin",d=n.kind==="session"?n.login:void 0,g=i.proposals?.filter(h=>h.status==="PENDING")??[],l=i.proposals?.filter(h=>h.status!=="PENDING")??[],f=h=>{c({ok:!0,text:h}),u(v=>v+1)};return r(A,{children:[r("h1",{children:e.proposals}),r("p",{children:e.proposalsIntro}),s&&r("p",{role:"status",id:"review-status",class:s.ok?"ok":"error",children:s.text}),i.error&&r("p",{role:"alert",class:"error",children:[e.error,e.colon,i.error]}),!i.proposals&&!i.error&&r("p",{"aria-busy":"true",children:e.loading}),i.proposals&&r(A,{children:[r("section",{"aria-labelledby":"waiting-title",children:[r("h2",{id:"waiting-title",children:e.waitingTitle}),g.length===0?r("p",{children:e.noProposals}):g.map(h=>r(_i,{proposal:h,auth:n,canReview:p&&h.proposedBy!==d,onReviewed:f}))]}),r("section",{"aria-labelledby":"reviewed-title",children:[r("h2",{id:"reviewed-title",children:e.reviewedTitle}),l.length===0?r("p",{children:e.noProposals}):l.map(h=>r(_i,{proposal:h,auth:n,canReview:!1,onReviewed:f}))]})]})]})}function _i(e){const{proposal:n,auth:t,canReview:i,onReviewed:o}=e,{t:s,label:c}=F(),a=ia(),[u,p]=G(!1),[d,g]=G(""),[l,f]=G(),[h,v]=G(!1),_=`proposal-${n.id}`,m=s.proposalVerbs[n.operation]??c(n.operation),b=async(S,T)=>{v(!0),f(void 0);try{await S(),o(T)}catch(C){C instanceof Oe&&C.code==="UNAUTHENTICATED"&&xn(),f(pr(C,s))}finally{v(!1)}},E=S=>{if(S.preventDefault(),!d.trim())return f(s.reasonRequired);b(()=>Se(ta,{id:n.id,reason:d.trim()},t),s.rejectedNotice)};return r("article",{class:"proposal",id:_,"data-status":n.status,"data-slug":n.entitySlug,"aria-labelledby":`${_}-title`,children:[r("h3",{id:`${_}-title`,children:[m,s.colon,c(n.entityType)," ",r("code",{children:n.entitySlug})]}),r("p",{class:"proposal-meta",children:[r("span",{class:"proposed-by",children:s.proposedBy(n.proposedBy,a(n.proposedAt))})," · ",s.status,s.colon,r("span",{class:`status proposal-${n.status}`,children:c(n.status)})]}),n.reviewedBy&&r("p",{class:"reviewed-by",children:s.reviewedBy(n.reviewedBy,a(n.reviewedAt))}),n.reason&&r("p",{class:"reason",children:[s.reason,s.colon,r("q",{children:n.reason})]}),r(Zs,{before:n.before,after:n.after,caption:s.changedFields}),n.status==="PENDING"&&!i&&t.kind==="session"&&n.proposedBy===t.login&&t.role!=="contributor"&&r("p",{class:"help",children:s.ownProposal}),i&&r("div",{class:"review",children:[r("button",{type:"button",class:"approve",disabled:h,onClick:()=>b(()=>Se(na,{id:n.id},t),s.approvedNotice),children:s.approve})," ",!u&&r("button",{type:"button",class:"reject",disabled:h,onClick:()=>p(!0),children:s.reject}),u&&r("form",{class:"reject-form",onSubmit:E,children:[r("label",{for:`${_}-reason`,children:s.rejectReason}),r("textarea",{id:`${_}-reason`,class:"reject-reason","aria-required":"true",rows:2,value:d,"aria-describedby":l?`${_}-error`:void 0,onInput:S=>g(S.currentTarget.value)}),r("button",{type:"submit",class:"send-rejection",disabled:h,children:s.sendRejection})," ",r("button",{type:"button",onClick:()=>{p(!1),f(void 0)},children:s.cancel})]})]}),l&&r("p",{role:"alert",id:`${_}-error`,class:"error review-error",children:l})]})}function oa(){const{t:e,lang:n,href:t}=F(),{path:i,query:o}=be(),s=n==="fr"?"en":"fr",c=new URLSearchParams(o);s==="en"?c.set("lang","en"):c.delete("lang");const a=`${i}${c.toString()?`?${c}`:""}`;return we(()=>{document.documentElement.lang=n},[n]),r("header",{children:[r("a",{class:"skip",href:"#main",children:e.skip}),r("nav",{"aria-label":e.nav,children:[r("a",{class:"brand",href:t("/"),children:"lawtracker"}),r("a",{href:t("/"),children:e.law}),r("a",{href:t("/map"),children:e.map}),r("a",{href:t("/timeline"),children:e.timeline}),r("a",{href:t("/search"),children:e.search}),r("a",{href:t("/curation"),children:e.curation}),r("a",{class:"lang",href:a,hrefLang:s,lang:s,"aria-label":`${e.language}: ${s==="en"?"English":"Français"}`,children:s==="en"?"English":"Français"})]})]})}function sa(){return r(sn,{scope:"/app",children:[r(oa,{}),r("main",{id:"main",tabIndex:-1,children:r(Di,{children:[r(oe,{path:"/app",component:Wt}),r(oe,{path:"/app/",component:Wt}),r(oe,{path:"/app/provisions/:slug",component:Oo}),r(oe,{path:"/app/map",component:Es}),r(oe,{path:"/app/timeline",component:Ss}),r(oe,{path:"/app/search",component:Ns}),r(oe,{path:"/app/actors/:slug",component:Rs}),r(oe,{path:"/app/sources/:slug",component:Ds}),r(oe,{path:"/app/incidents/:slug",component:Fs}),r(oe,{path:"/app/facilities/:slug",component:Us}),r(oe,{path:"/app/criticisms/:slug",component:Hs}),r(oe,{path:"/app/curation",component:Xs}),r(oe,{path:"/app/proposals",component:ra}),r(oe,{default:!0,component:xr})]})})]})}xn();br(r(sa,{}),document.getElementById("app"));
