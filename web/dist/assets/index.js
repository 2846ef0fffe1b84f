var en,F,si,Se,St,ai,li,An,fn,Ye,ci,ut,Wn,Vn,ui,En={},$n=[],Ji=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,nn=Array.isArray;function ve(e,n){for(var t in n)e[t]=n[t];return e}function dt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Te(e,n,t){var i,o,a,l={};for(a in n)a=="key"?i=n[a]:a=="ref"?o=n[a]:l[a]=n[a];if(arguments.length>2&&(l.children=arguments.length>3?en.call(arguments,2):t),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)l[a]===void 0&&(l[a]=e.defaultProps[a]);return ze(e,l,i,o,null)}function ze(e,n,t,i,o){var a={type:e,props:n,key:t,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++si,__i:-1,__u:0};return o==null&&F.vnode!=null&&F.vnode(a),a}function M(e){return e.children}function hn(e,n){this.props=e,this.context=n}function Ne(e,n){if(n==null)return e.__?Ne(e.__,e.__i+1):null;for(var t;n<e.__k.length;n++)if((t=e.__k[n])!=null&&t.__e!=null)return t.__e;return typeof e.type=="function"?Ne(e):null}function Xi(e){if(e.__P&&e.__d){var n=e.__v,t=n.__e,i=[],o=[],a=ve({},n);a.__v=n.__v+1,F.vnode&&F.vnode(a),gt(e.__P,a,n,e.__n,e.__P.namespaceURI,32&n.__u?[t]:null,i,t??Ne(n),!!(32&n.__u),o),a.__v=n.__v,a.__.__k[a.__i]=a,mi(i,a,o),n.__e=n.__=null,a.__e!=t&&di(a)}}function di(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),di(e)}function Yn(e){(!e.__d&&(e.__d=!0)&&Se.push(e)&&!Sn.__r++||St!=F.debounceRendering)&&((St=F.debounceRendering)||ai)(Sn)}function Sn(){try{for(var e,n=1;Se.length;)Se.length>n&&Se.sort(li),e=Se.shift(),n=Se.length,Xi(e)}finally{Se.length=Sn.__r=0}}function gi(e,n,t,i,o,a,l,s,u,g,d){var p,c,f,m,y,v,h=i&&i.__k||$n,E=n.length;for(u=Qi(t,n,h,u,E),p=0;p<E;p++)(f=t.__k[p])!=null&&(c=f.__i!=-1&&h[f.__i]||En,f.__i=p,v=gt(e,f,c,o,a,l,s,u,g,d),m=f.__e,f.ref&&c.ref!=f.ref&&(c.ref&&pt(c.ref,null,f),d.push(f.ref,f.__c||m,f)),y==null&&m!=null&&(y=m),4&f.__u?(u=pi(f,u,e),c.__e&&(c.__e=null)):typeof f.type=="function"&&v!==void 0?u=v:m&&(u=m.nextSibling),f.__u&=-7);return t.__e=y,u}function Qi(e,n,t,i,o){var a,l,s,u,g,d=t.length,p=d,c=0;for(e.__k=new Array(o),a=0;a<o;a++)(l=n[a])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l=="string"||typeof l=="number"||typeof l=="bigint"||l.constructor==String?l=e.__k[a]=ze(null,l,null,null,null):nn(l)?l=e.__k[a]=ze(M,{children:l},null,null,null):l.constructor===void 0&&l.__b>0?l=e.__k[a]=ze(l.type,l.props,l.key,l.ref?l.ref:null,l.__v):e.__k[a]=l,u=a+c,l.__=e,l.__b=e.__b+1,s=null,(g=l.__i=Zi(l,t,u,p))!=-1&&(p--,(s=t[g])&&(s.__u|=2)),s==null||s.__v==null?(g==-1&&(o>d?c--:o<d&&c++),typeof l.type!="function"&&(l.__u|=4)):g!=u&&(g==u-1?c--:g==u+1?c++:(g>u?c--:c++,l.__u|=4))):e.__k[a]=null;if(p)for(a=0;a<d;a++)(s=t[a])!=null&&(2&s.__u)==0&&(s.__e==i&&(i=Ne(s)),yi(s,s));return i}function pi(e,n,t){var i,o;if(typeof e.type=="function"){for(i=e.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=e,n=pi(i[o],n,t));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=Ne(e)),n=t.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function fi(e,n){return n=n||[],e==null||typeof e=="boolean"||(nn(e)?e.some(function(t){fi(t,n)}):n.push(e)),n}function Zi(e,n,t,i){var o,a,l,s=e.key,u=e.type,g=n[t],d=g!=null&&(2&g.__u)==0;if(g===null&&s==null||d&&s==g.key&&u==g.type)return t;if(i>(d?1:0)){for(o=t-1,a=t+1;o>=0||a<n.length;)if((g=n[l=o>=0?o--:a++])!=null&&(2&g.__u)==0&&s==g.key&&u==g.type)return l}return-1}function bt(e,n,t){n[0]=="-"?e.setProperty(n,t??""):e[n]=t==null?"":typeof t!="number"||Ji.test(n)?t:t+"px"}function on(e,n,t,i,o){var a,l;e:if(n=="style")if(typeof t=="string")e.style.cssText=t;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(n in i)t&&n in t||bt(e.style,n,"");if(t)for(n in t)i&&t[n]==i[n]||bt(e.style,n,t[n])}else if(n[0]=="o"&&n[1]=="n")a=n!=(n=n.replace(ci,"$1")),l=n.toLowerCase(),n=l in e||n=="onFocusOut"||n=="onFocusIn"?l.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+a]=t,t?i?t[Ye]=i[Ye]:(t[Ye]=ut,e.addEventListener(n,a?Vn:Wn,a)):e.removeEventListener(n,a?Vn:Wn,a);else{if(o=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=t??"";break e}catch{}typeof t=="function"||(t==null||t===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&t==1?"":t))}}function It(e){return function(n){if(this.l){var t=this.l[n.type+e];if(n[fn]==null)n[fn]=ut++;else if(n[fn]<t[Ye])return;return t(F.event?F.event(n):n)}}}function gt(e,n,t,i,o,a,l,s,u,g){var d,p,c,f,m,y,v,h,E,S,b,$,N,P,R,w,L=n.type;if(n.constructor!==void 0)return null;128&t.__u&&(u=!!(32&t.__u),a=[s=n.__e=t.__e]),(d=F.__b)&&d(n);e:if(typeof L=="function"){p=l.length;try{if(E=n.props,S=L.prototype&&L.prototype.render,b=(d=L.contextType)&&i[d.__c],$=d?b?b.props.value:d.__:i,t.__c?h=(c=n.__c=t.__c).__=c.__E:(S?n.__c=c=new L(E,$):(n.__c=c=new hn(E,$),c.constructor=L,c.render=nr),b&&b.sub(c),c.state||(c.state={}),c.__n=i,f=c.__d=!0,c.__h=[],c._sb=[]),S&&c.__s==null&&(c.__s=c.state),S&&L.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=ve({},c.__s)),ve(c.__s,L.getDerivedStateFromProps(E,c.__s))),m=c.props,y=c.state,c.__v=n,f)S&&L.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),S&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(S&&L.getDerivedStateFromProps==null&&E!==m&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(E,$),n.__v==t.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(E,c.__s,$)===!1){n.__v!=t.__v&&(c.props=E,c.state=c.__s,c.__d=!1),n.__e=t.__e,n.__k=t.__k,n.__k.some(function(C){C&&(C.__=n)}),$n.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&l.push(c),s=Ne(t);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(E,c.__s,$),S&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(m,y,v)})}if(c.context=$,c.props=E,c.__P=e,c.__e=!1,N=F.__r,P=0,S)c.state=c.__s,c.__d=!1,N&&N(n),d=c.render(c.props,c.state,c.context),$n.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,N&&N(n),d=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++P<25);c.state=c.__s,c.getChildContext!=null&&(i=ve(ve({},i),c.getChildContext())),S&&!f&&c.getSnapshotBeforeUpdate!=null&&(v=c.getSnapshotBeforeUpdate(m,y)),R=d!=null&&d.type===M&&d.key==null?_i(d.props.children):d,s=gi(e,nn(R)?R:[R],n,t,i,o,a,l,s,u,g),c.base=n.__e,n.__u&=-161,c.__h.length&&l.push(c),h&&(c.__E=c.__=null)}catch(C){if(l.length=p,n.__v=null,u||a!=null){if(C.then){for(n.__u|=u?160:128;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;a!=null&&(a[a.indexOf(s)]=null),n.__e=s}else if(a!=null)for(w=a.length;w--;)dt(a[w])}else n.__e=t.__e;n.__k==null&&(n.__k=t.__k||[]),C.then||hi(n),F.__e(C,n,t)}}else a==null&&n.__v==t.__v?(n.__k=t.__k,n.__e=t.__e):s=n.__e=er(t.__e,n,t,i,o,a,l,u,g);return(d=F.diffed)&&d(n),128&n.__u?void 0:s}function hi(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(hi))}function mi(e,n,t){for(var i=0;i<t.length;i++)pt(t[i],t[++i],t[++i]);F.__c&&F.__c(n,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(a){a.call(o)})}catch(a){F.__e(a,o.__v)}})}function _i(e){return typeof e!="object"||e==null||e.__b>0?e:nn(e)?e.map(_i):e.constructor!==void 0?null:ve({},e)}function er(e,n,t,i,o,a,l,s,u){var g,d,p,c,f,m,y,v=t.props||En,h=n.props,E=n.type;if(E=="svg"?o="http://www.w3.org/2000/svg":E=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),a!=null){for(g=0;g<a.length;g++)if((f=a[g])&&"setAttribute"in f==!!E&&(E?f.localName==E:f.nodeType==3)){e=f,a[g]=null;break}}if(e==null){if(E==null)return document.createTextNode(h);e=document.createElementNS(o,E,h.is&&h),s&&(F.__m&&F.__m(n,a),s=!1),a=null}if(E==null)v===h||s&&e.data==h||(e.data=h);else{if(a=E=="textarea"&&h.defaultValue!=null?null:a&&en.call(e.childNodes),!s&&a!=null)for(v={},g=0;g<e.attributes.length;g++)v[(f=e.attributes[g]).name]=f.value;for(g in v)f=v[g],g=="dangerouslySetInnerHTML"?p=f:g=="children"||g in h||g=="value"&&"defaultValue"in h||g=="checked"&&"defaultChecked"in h||on(e,g,null,f,o);for(g in h)f=h[g],g=="children"?c=f:g=="dangerouslySetInnerHTML"?d=f:g=="value"?m=f:g=="checked"?y=f:s&&typeof f!="function"||v[g]===f||on(e,g,f,v[g],o);if(d)s||p&&(d.__html==p.__html||d.__html==e.innerHTML)||(e.innerHTML=d.__html),n.__k=[];else if(p&&(e.innerHTML=""),gi(n.type=="template"?e.content:e,nn(c)?c:[c],n,t,i,E=="foreignObject"?"http://www.w3.org/1999/xhtml":o,a,l,a?a[0]:t.__k&&Ne(t,0),s,u),a!=null)for(g=a.length;g--;)dt(a[g]);s&&E!="textarea"||(g="value",E=="progress"&&m==null?e.removeAttribute("value"):m!=null&&(m!==e[g]||E=="progress"&&!m||E=="option"&&m!=v[g])&&on(e,g,m,v[g],o),g="checked",y!=null&&y!=e[g]&&on(e,g,y,v[g],o))}return e}function pt(e,n,t){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(o){F.__e(o,t)}}function yi(e,n,t){var i,o;if(F.unmount&&F.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||pt(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(a){F.__e(a,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&yi(i[o],n,t||typeof e.type!="function");t||dt(e.__e),e.__c=e.__=e.__e=void 0}function nr(e,n,t){return this.constructor(e,t)}function tr(e,n,t){var i,o,a,l;n==document&&(n=document.documentElement),F.__&&F.__(e,n),o=(i=!1)?null:n.__k,a=[],l=[],gt(n,e=n.__k=Te(M,null,[e]),o||En,En,n.namespaceURI,o?null:n.firstChild?en.call(n.childNodes):null,a,o?o.__e:n.firstChild,i,l),mi(a,e,l),e.props.children=null}function Tt(e,n,t){var i,o,a,l,s=ve({},e.props);for(a in e.type&&e.type.defaultProps&&(l=e.type.defaultProps),n)a=="key"?i=n[a]:a=="ref"?o=n[a]:s[a]=n[a]===void 0&&l!=null?l[a]:n[a];return arguments.length>2&&(s.children=arguments.length>3?en.call(arguments,2):t),ze(e.type,s,i||e.key,o||e.ref,null)}function vi(e){function n(t){var i,o;return this.getChildContext||(i=new Set,(o={})[n.__c]=this,this.getChildContext=function(){return o},this.componentWillUnmount=function(){i=null},this.shouldComponentUpdate=function(a){this.props.value!=a.value&&i.forEach(function(l){l.__e=!0,Yn(l)})},this.sub=function(a){i.add(a);var l=a.componentWillUnmount;a.componentWillUnmount=function(){i&&i.delete(a),l&&l.call(a)}}),t.children}return n.__c="__cC"+ui++,n.__=e,n.Provider=n.__l=(n.Consumer=function(t,i){return t.children(i)}).contextType=n,n}en=$n.slice,F={__e:function(e,n,t,i){for(var o,a,l;n=n.__;)if((o=n.__c)&&!o.__)try{if((a=o.constructor)&&a.getDerivedStateFromError!=null&&(o.setState(a.getDerivedStateFromError(e)),l=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,i||{}),l=o.__d),l)return o.__E=o}catch(s){e=s}throw e}},si=0,hn.prototype.setState=function(e,n){var t;t=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ve({},this.state),typeof e=="function"&&(e=e(ve({},t),this.props)),e&&ve(t,e),e!=null&&this.__v&&(n&&this._sb.push(n),Yn(this))},hn.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Yn(this))},hn.prototype.render=M,Se=[],ai=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,li=function(e,n){return e.__v.__b-n.__v.__b},Sn.__r=0,An=Math.random().toString(8),fn="__d"+An,Ye="__a"+An,ci=/(PointerCapture)$|Capture$/i,ut=0,Wn=It(!1),Vn=It(!0),ui=0;var ir=0;function r(e,n,t,i,o,a){n||(n={});var l,s,u=n;if("ref"in u)for(s in u={},n)s=="ref"?l=n[s]:u[s]=n[s];var g={type:e,props:u,key:t,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--ir,__i:-1,__u:0,__source:o,__self:a};if(typeof e=="function"&&(l=e.defaultProps))for(s in l)u[s]===void 0&&(u[s]=l[s]);return F.vnode&&F.vnode(g),g}var we,G,qn,Nt,bn=0,Ei=[],K=F,wt=K.__b,Ct=K.__r,Ot=K.diffed,Rt=K.__c,Lt=K.unmount,Pt=K.__;function tn(e,n){K.__h&&K.__h(G,e,bn||n),bn=0;var t=G.__H||(G.__H={__:[],__h:[]});return e>=t.__.length&&t.__.push({}),t.__[e]}function se(e){return bn=1,ft(bi,e)}function ft(e,n,t){var i=tn(we++,2);if(i.t=e,!i.__c&&(i.__=[bi(void 0,n),function(s){var u=i.__N?i.__N[0]:i.__[0],g=i.t(u,s);u!==g&&(i.__N=[g,i.__[1]],i.__c.setState({}))}],i.__c=G,!G.__f)){var o=function(s,u,g){if(!i.__c.__H)return!0;var d=!1,p=i.__c.props!==s;if(i.__c.__H.__.some(function(f){if(f.__N){d=!0;var m=f.__[0];f.__=f.__N,f.__N=void 0,m!==f.__[0]&&(p=!0)}}),a){var c=a.call(this,s,u,g);return d?c||p:c}return!d||p};G.__f=!0;var a=G.shouldComponentUpdate,l=G.componentWillUpdate;G.componentWillUpdate=function(s,u,g){if(this.__e){var d=a;a=void 0,o(s,u,g),a=d}l&&l.call(this,s,u,g)},G.shouldComponentUpdate=o}return i.__N||i.__}function qe(e,n){var t=tn(we++,3);!K.__s&&mt(t.__H,n)&&(t.__=e,t.u=n,G.__H.__h.push(t))}function $i(e,n){var t=tn(we++,4);!K.__s&&mt(t.__H,n)&&(t.__=e,t.u=n,G.__h.push(t))}function me(e){return bn=5,ht(function(){return{current:e}},[])}function ht(e,n){var t=tn(we++,7);return mt(t.__H,n)&&(t.__=e(),t.__H=n,t.__h=e),t.__}function Si(e){var n=G.context[e.__c],t=tn(we++,9);return t.c=e,n?(t.__==null&&(t.__=!0,n.sub(G)),n.props.value):e.__}function rr(){for(var e;e=Ei.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(mn),n.__h.some(zn),n.__h=[]}catch(t){n.__h=[],K.__e(t,e.__v)}}}K.__b=function(e){G=null,wt&&wt(e)},K.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),Pt&&Pt(e,n)},K.__r=function(e){Ct&&Ct(e),we=0;var n=(G=e.__c).__H;n&&(qn===G?(n.__h=[],G.__h=[],n.__.some(function(t){t.__N&&(t.__=t.__N),t.u=t.__N=void 0})):(n.__h.some(mn),n.__h.some(zn),n.__h=[],we=0)),qn=G},K.diffed=function(e){Ot&&Ot(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(Ei.push(n)!==1&&Nt===K.requestAnimationFrame||((Nt=K.requestAnimationFrame)||or)(rr)),n.__H.__.some(function(t){t.u&&(t.__H=t.u,t.u=void 0)})),qn=G=null},K.__c=function(e,n){n.some(function(t){try{t.__h.some(mn),t.__h=t.__h.filter(function(i){return!i.__||zn(i)})}catch(i){n.some(function(o){o.__h&&(o.__h=[])}),n=[],K.__e(i,t.__v)}}),Rt&&Rt(e,n)},K.unmount=function(e){Lt&&Lt(e);var n,t=e.__c;t&&t.__H&&(t.__H.__.some(function(i){try{mn(i)}catch(o){n=o}}),t.__H=void 0,n&&K.__e(n,t.__v))};var At=typeof requestAnimationFrame=="function";function or(e){var n,t=function(){clearTimeout(i),At&&cancelAnimationFrame(n),setTimeout(e)},i=setTimeout(t,35);At&&(n=requestAnimationFrame(t))}function mn(e){var n=G,t=e.__c;typeof t=="function"&&(e.__c=void 0,t()),G=n}function zn(e){var n=G;e.__c=e.__(),G=n}function mt(e,n){return!e||e.length!==n.length||n.some(function(t,i){return t!==e[i]})}function bi(e,n){return typeof n=="function"?n(e):n}let Re,Fe;function sr(e){return!Fe||(typeof Fe=="string"?e.startsWith(Fe):Fe.test(e))}function ar(e,n){let t="";if(Re=void 0,n&&n.type==="click"){if(n.ctrlKey||n.metaKey||n.altKey||n.shiftKey||n.button!==0)return e;const i=n.composedPath().find(a=>a.nodeName=="A"&&a.href),o=i&&i.getAttribute("href");if(!i||i.origin!=location.origin||/^#/.test(o)||!/^(_?self)?$/i.test(i.target)||!sr(o)||i.download)return e;Re=!0,n.preventDefault(),t=i.href.replace(location.origin,"")}else n&&n.url?(Re=!n.replace,t=n.url):t=location.pathname+location.search;return Re===!0?history.pushState(null,"",t):Re===!1&&history.replaceState(null,"",t),t}const lr=(e,n,t={})=>{e=e.split("/").filter(Boolean),n=(n||"").split("/").filter(Boolean),t.params||(t.params={});for(let i=0,o,a;i<Math.max(e.length,n.length);i++){let[,l,s,u]=(n[i]||"").match(/^(:?)(.*?)([+*?]?)$/);if(o=e[i],!(!l&&s==o)){if(!l&&o&&u=="*"){t.rest="/"+e.slice(i).join("/");break}if(!l||!o&&u!="?"&&u!="*")return;if(a=u=="+"||u=="*",a?o=e.slice(i).map(decodeURIComponent).join("/")||void 0:o&&(o=decodeURIComponent(o)),t.params[s]=o,s in t||(t[s]=o),a)break}}return t};function rn(e){const[n,t]=ft(ar,e.url||location.pathname+location.search);e.scope&&(Fe=e.scope);const i=Re===!0,o=ht(()=>{const a=new URL(n,location.origin),l=a.pathname.replace(/\/+$/g,"")||"/";return{url:n,path:l,query:Object.fromEntries(a.searchParams),route:(s,u)=>t({url:s,replace:u}),back:()=>{history.back()},forward:()=>{history.forward()},wasPush:i}},[n]);return $i(()=>(addEventListener("click",t),addEventListener("popstate",t),()=>{removeEventListener("click",t),removeEventListener("popstate",t)}),[]),Te(rn.ctx.Provider,{value:o},e.children)}const cr=Promise.resolve();function Ii(e){const[n,t]=ft(w=>w+1,0),{url:i,query:o,wasPush:a,path:l}=$e();if(!i)throw new Error("preact-iso's <Router> must be used within a <LocationProvider>, see: https://github.com/preactjs/preact-iso#locationprovider");const{rest:s=l,params:u={}}=Si(qt),g=me(!1),d=me(l),p=me(1),c=me(),f=me(),m=me(),y=me(!1),v=me();v.current=!1;let h,E,S;fi(e.children).some(w=>{if(lr(s,w.props.path,S={...w.props,path:s,query:o,params:Object.assign({},u),rest:""}))return h=Tt(w,S);w.props.default&&(E=Tt(w,S))});let b=h||E;const $=c.current&&c.current.__u&sn&&c.current.__u&an,N=c.current&&c.current.__h,P=ht(()=>{f.current=c.current,c.current=Te(qt.Provider,{value:S},b);const w=f.current&&f.current.props.children;return!w||!b||b.type!==w.type||b.props.component!==w.props.component?(p.current++,!0):!1},[i,JSON.stringify(S)]);$?(c.current.__u|=sn,c.current.__u|=an):N&&(c.current.__h=!0);const R=f.current;return f.current=null,this.__c=(w,L)=>{v.current=!0,f.current=R,e.onLoadStart&&e.onLoadStart(i),g.current=!0;let C=p.current;w.then(()=>{C===p.current&&(f.current=null,c.current&&(L.__h&&(c.current.__h=L.__h),L.__u&an&&(c.current.__u|=an),L.__u&sn&&(c.current.__u|=sn)),cr.then(t))})},$i(()=>{const w=this.__v&&this.__v.__e;if(v.current){!y.current&&!m.current&&(m.current=w);return}!y.current&&m.current&&(m.current!==w&&m.current.remove(),m.current=null),y.current=!0,d.current!==l&&(a&&scrollTo(0,0),e.onRouteChange&&e.onRouteChange(i),d.current=l),e.onLoadEnd&&g.current&&e.onLoadEnd(i),g.current=!1},[l,a,n]),P?[Te(kn,{r:c,key:p.current}),Te(kn,{r:f,key:p.current-1})]:Te(kn,{r:c,key:p.current})}const sn=32,an=128,kn=({r:e})=>e.current;Ii.Provider=rn;rn.ctx=vi({});const qt=vi({}),oe=e=>Te(e.component,e),$e=()=>Si(rn.ctx),ur={colon:" : ",open:"« ",close:" »",lawNumber:e=>`Loi n° ${e}`,skip:"Aller au contenu",nav:"Navigation principale",law:"Loi",map:"Carte",timeline:"Chronologie",search:"Recherche",curation:"Curation",language:"Langue",loading:"Chargement…",notFound:"Introuvable",error:"Erreur",stages:"Étapes législatives",events:"Événements",timeAxis:"Axe du temps : étapes et événements",articlesByTheme:"Articles par thème",status:"Statut",parameters:"Mesures à chaque étape",measure:"Mesure",beforeTheLaw:"avant la loi",diff:"Comparer deux moments",diffFrom:"De",diffTo:"À",diffHelp:"Une étape ou une date (AAAA-MM-JJ)",text:"Texte",noText:"Aucune source ne donne le texte à ce moment.",sourceAccount:"Récit d'une source, pas le texte légal",measures:"Mesures",noMeasureChange:"Aucune mesure ne change.",incidents:"Incidents liés",criticisms:"Critiques et soutiens",evidence:"Preuves",source:"Source",reliability:"Fiabilité",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"non confirmé : sources peu fiables seulement",claims:"Affirmations contestées",contested:"contesté",filters:"Filtres",from:"Du",to:"Au",kind:"Type",provision:"Disposition",any:"Tous",markers:(e,n)=>`${e} incident${e>1?"s":""} sur la carte, ${n} sans coordonnées`,basemapCredit:"Fond de carte : Natural Earth 1:50m (domaine public), paquet npm world-atlas.",searchLabel:"Rechercher (français ou anglais)",results:e=>`${e} résultat${e>1?"s":""}`,byRight:"Critiques par droit invoqué",readSource:"Lire la source",citedPassages:e=>`${e} passage${e>1?"s":""} cité${e>1?"s":""}`,supports:"appuie",token:"Jeton d'API",signIn:"Se connecter",signOut:"Se déconnecter",signedIn:"Connecté",linkTitle:"Lier à une disposition, preuve à l'appui",linkWhat:"Quoi lier",criticism:"Critique",incident:"Incident",relation:"Relation",selectPassage:"Sélectionnez le passage dans la source ci-dessous, puis :",useSelection:"Prendre la sélection comme citation",linkSelection:"Lier ce passage à une disposition",quote:"Citation",note:"Note",link:"Lier",linked:"Lien enregistré.",editTitle:"Modifier le résumé d'une critique",summary:"Résumé",version:"Version",save:"Enregistrer",saved:"Enregistré.",conflict:"Conflit : quelqu'un a modifié cet enregistrement depuis votre lecture.",currentRecord:"L'enregistrement actuel",reapply:"Réappliquer ma modification",facility:"Établissement",aliases:"Autres noms",actor:"Acteur",stance:"Position",date:"Date",outcomes:"Bilan",none:"Aucun",notTranslated:"Ce résumé n'est pas encore traduit : il est affiché en anglais.",summaryFr:"Résumé en français",summaryEn:"Résumé en anglais"},dr={colon:": ",open:"“",close:"”",lawNumber:e=>`Law No. ${e}`,skip:"Skip to content",nav:"Main navigation",law:"Law",map:"Map",timeline:"Timeline",search:"Search",curation:"Curation",language:"Language",loading:"Loading…",notFound:"Not found",error:"Error",stages:"Legislative stages",events:"Events",timeAxis:"Time axis: stages and events",articlesByTheme:"Articles by theme",status:"Status",parameters:"Measures at each stage",measure:"Measure",beforeTheLaw:"before the law",diff:"Compare two moments",diffFrom:"From",diffTo:"To",diffHelp:"A stage or a day (YYYY-MM-DD)",text:"Text",noText:"No source gives the text at that moment.",sourceAccount:"A source's account, not the legal wording",measures:"Measures",noMeasureChange:"No measure changes.",incidents:"Linked incidents",criticisms:"Criticisms and support",evidence:"Evidence",source:"Source",reliability:"Reliability",corroboration:"Corroboration",sources:e=>`${e} source${e>1?"s":""}`,unconfirmed:"unconfirmed: low-reliability sources only",claims:"Contested claims",contested:"contested",filters:"Filters",from:"From",to:"To",kind:"Kind",provision:"Provision",any:"Any",markers:(e,n)=>`${e} incident${e>1?"s":""} on the map, ${n} without coordinates`,basemapCredit:"Basemap: Natural Earth 1:50m (public domain), npm package world-atlas.",searchLabel:"Search (French or English)",results:e=>`${e} result${e>1?"s":""}`,byRight:"Criticisms by right invoked",readSource:"Read the source",citedPassages:e=>`${e} cited passage${e>1?"s":""}`,supports:"supports",token:"API token",signIn:"Sign in",signOut:"Sign out",signedIn:"Signed in",linkTitle:"Link to a provision, with evidence",linkWhat:"What to link",criticism:"Criticism",incident:"Incident",relation:"Relation",selectPassage:"Select the passage in the source below, then:",useSelection:"Use the selection as the quote",linkSelection:"Link this passage to a provision",quote:"Quote",note:"Note",link:"Link",linked:"Link recorded.",editTitle:"Edit a criticism's summary",summary:"Summary",version:"Version",save:"Save",saved:"Saved.",conflict:"Conflict: someone changed this record since you read it.",currentRecord:"The current record",reapply:"Reapply my change",facility:"Facility",aliases:"Other names",actor:"Actor",stance:"Stance",date:"Date",outcomes:"Outcomes",none:"None",notTranslated:"This summary has no French translation yet: it is shown in English.",summaryFr:"Summary in French",summaryEn:"Summary in English"},gr={fr:ur,en:dr},pr={fr:{PROPOSED:"proposé",ADOPTED:"adopté",IN_FORCE:"en vigueur",IN_FORCE_WITH_RESERVATION:"en vigueur sous réserve",PARTLY_CENSURED:"partiellement censuré",CENSURED:"censuré",DROPPED:"supprimé",REPEALED:"abrogé",DETENTION_REGIME:"Régime de détention",COMMUNICATIONS:"Communications",PROSECUTION:"Poursuites",FACILITIES:"Établissements",INVESTIGATION:"Enquête",ASSETS:"Avoirs",PUBLIC_ORDER:"Ordre public",PROCEDURE:"Procédure",MONEY_LAUNDERING:"Blanchiment",INFORMANTS:"Repentis et informateurs",LOCAL_POWERS:"Pouvoirs des maires et préfets",CUSTOMS_PORTS:"Douanes et ports",UNKNOWN:"Contenu non encore documenté",HIGH:"élevée",MEDIUM:"moyenne",LOW:"faible",UNRELIABLE:"non fiable",UNRATED:"non évaluée",ARSON:"incendie",GUNFIRE:"tirs",VANDALISM:"vandalisme",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"émeute",ASSAULT:"agression",SMUGGLING:"contrebande",ESCAPE_ATTEMPT:"tentative d'évasion",OTHER:"autre",OPPOSES:"s'oppose",CONCERNED:"inquiet",SUPPORTS:"soutient",DEMANDS_ACTION:"demande d'agir",LEGISLATIVE_STAGE:"étape",INCIDENT:"incident",STATEMENT:"déclaration",LIFECYCLE_EVENT:"événement",REACTION_TO_PROVISION:"réaction à la disposition",CITED_AS_JUSTIFICATION:"invoqué comme justification",COINCIDED_WITH_DEBATE:"pendant le débat",PROVISION:"disposition",CRITICISM:"critique",FACILITY:"établissement",ACTOR:"acteur",SOURCE:"source",LAW:"loi",CLAIM_QUESTION:"question contestée",PROVISION_INCIDENT:"lien disposition–incident",PROVISION_CRITICISM:"lien disposition–critique",CAMPAIGN:"campagne",PERSON:"personne",GOVERNMENT:"gouvernement",PUBLIC_BODY:"organisme public",PROSECUTOR:"parquet",UNION:"syndicat",NGO:"ONG",PROFESSIONAL_BODY:"organisation professionnelle",COURT:"juridiction",CRIMINAL_GROUP:"groupe criminel",SENATE:"Sénat",NATIONAL_ASSEMBLY:"Assemblée nationale",JOINT_COMMITTEE:"commission mixte paritaire",CONSTITUTIONAL_COUNCIL:"Conseil constitutionnel",PRESIDENT:"Président de la République",YEAR:"année",MONTH:"mois",DAY:"jour",GENERATION:"promulgation",AMENDMENT:"amendement",CENSURE:"censure",PARTIAL_CENSURE:"censure partielle",RESERVATION:"réserve d'interprétation",REPEAL:"abrogation",IMPLEMENTING_DECREE:"décret d'application",ENTRY_INTO_FORCE:"entrée en vigueur",FACILITY_OPENING:"ouverture d'un établissement",COURT_DECISION:"décision de justice",ASSESSMENT:"évaluation",BODY_ESTABLISHED:"installation d'un organe",PRISON:"prison",SCHOOL:"école",STAFF_HOUSING:"logement du personnel",FR:"français",EN:"anglais",CREATE:"création",UPDATE:"modification",DELETE:"suppression",LINK:"lien",UNLINK:"retrait d'un lien",LOAD:"chargement",DURATION:"durée",COUNT:"nombre",CAPACITY:"capacité",MONEY:"montant",PERCENTAGE:"pourcentage",EXACTLY:"exactement",UP_TO:"jusqu'à",ABOUT:"environ",AT_LEAST:"au moins",MORE_THAN:"plus de",BETWEEN:"entre",NEWS_REPORT:"article de presse",FORUM_POST:"message de forum",RESEARCH_COMPILATION:"compilation de recherche",GENERATED_CONTENT:"contenu généré",OFFICIAL_TEXT:"texte officiel",INTRODUCED:"dépôt",COMMITTEE_TEXT:"texte de commission",VOTE:"vote",FINAL_VOTE:"vote définitif",REFERRAL:"saisine",DECISION:"décision",PROMULGATION:"promulgation",PUBLICATION:"publication",KEPT:"inchangé",INSERTED:"ajouté",DELETED:"supprimé",WORDING:"texte légal",SOURCE_ACCOUNT:"récit d'une source"},en:{PROPOSED:"proposed",ADOPTED:"adopted",IN_FORCE:"in force",IN_FORCE_WITH_RESERVATION:"in force with a reservation",PARTLY_CENSURED:"partly censured",CENSURED:"censured",DROPPED:"dropped",REPEALED:"repealed",DETENTION_REGIME:"Detention regime",COMMUNICATIONS:"Communications",PROSECUTION:"Prosecution",FACILITIES:"Facilities",INVESTIGATION:"Investigation",ASSETS:"Assets",PUBLIC_ORDER:"Public order",PROCEDURE:"Procedure",MONEY_LAUNDERING:"Money laundering",INFORMANTS:"Informants and collaborators of justice",LOCAL_POWERS:"Powers of mayors and prefects",CUSTOMS_PORTS:"Customs and ports",UNKNOWN:"Content not yet documented",HIGH:"high",MEDIUM:"medium",LOW:"low",UNRELIABLE:"unreliable",UNRATED:"unrated",ARSON:"arson",GUNFIRE:"gunfire",VANDALISM:"vandalism",INTIMIDATION:"intimidation",GRAFFITI:"graffiti",RIOT:"riot",ASSAULT:"assault",SMUGGLING:"smuggling",ESCAPE_ATTEMPT:"escape attempt",OTHER:"other",OPPOSES:"opposes",CONCERNED:"concerned",SUPPORTS:"supports",DEMANDS_ACTION:"demands action",LEGISLATIVE_STAGE:"stage",INCIDENT:"incident",STATEMENT:"statement",LIFECYCLE_EVENT:"event",REACTION_TO_PROVISION:"reaction to the provision",CITED_AS_JUSTIFICATION:"cited as justification",COINCIDED_WITH_DEBATE:"during the debate",PROVISION:"provision",CRITICISM:"criticism",FACILITY:"facility",ACTOR:"actor",SOURCE:"source",LAW:"law",CLAIM_QUESTION:"contested question",PROVISION_INCIDENT:"provision–incident link",PROVISION_CRITICISM:"provision–criticism link",CAMPAIGN:"campaign",PERSON:"person",GOVERNMENT:"government",PUBLIC_BODY:"public body",PROSECUTOR:"prosecutor's office",UNION:"union",NGO:"NGO",PROFESSIONAL_BODY:"professional body",COURT:"court",CRIMINAL_GROUP:"criminal group",SENATE:"Senate",NATIONAL_ASSEMBLY:"National Assembly",JOINT_COMMITTEE:"joint committee",CONSTITUTIONAL_COUNCIL:"Constitutional Council",PRESIDENT:"President of the Republic",YEAR:"year",MONTH:"month",DAY:"day",GENERATION:"promulgation",AMENDMENT:"amendment",CENSURE:"censure",PARTIAL_CENSURE:"partial censure",RESERVATION:"interpretive reservation",REPEAL:"repeal",IMPLEMENTING_DECREE:"implementing decree",ENTRY_INTO_FORCE:"entry into force",FACILITY_OPENING:"facility opening",COURT_DECISION:"court decision",ASSESSMENT:"assessment",BODY_ESTABLISHED:"body established",PRISON:"prison",SCHOOL:"school",STAFF_HOUSING:"staff housing",FR:"French",EN:"English",CREATE:"creation",UPDATE:"update",DELETE:"deletion",LINK:"link",UNLINK:"link removed",LOAD:"load",DURATION:"duration",COUNT:"count",CAPACITY:"capacity",MONEY:"amount",PERCENTAGE:"percentage",EXACTLY:"exactly",UP_TO:"up to",ABOUT:"about",AT_LEAST:"at least",MORE_THAN:"more than",BETWEEN:"between",NEWS_REPORT:"news report",FORUM_POST:"forum post",RESEARCH_COMPILATION:"research compilation",GENERATED_CONTENT:"generated content",OFFICIAL_TEXT:"official text",INTRODUCED:"introduced",COMMITTEE_TEXT:"committee text",VOTE:"vote",FINAL_VOTE:"final vote",REFERRAL:"referral",DECISION:"decision",PROMULGATION:"promulgation",PUBLICATION:"publication",KEPT:"kept",INSERTED:"inserted",DELETED:"deleted",WORDING:"legal wording",SOURCE_ACCOUNT:"a source's account"}};function fr(e){return e.toLowerCase().replace(/_/g," ")}function hr(){const{query:e}=$e();return e.lang==="en"?"en":"fr"}function W(){const e=hr();return{t:gr[e],lang:e,apiLang:e==="en"?"EN":"FR",label:n=>pr[e][n]??fr(n),href:(n,t)=>mr(e,n,t)}}function mr(e,n,t={}){const i=new URLSearchParams;for(const[a,l]of Object.entries(t))l&&i.set(a,l);e==="en"&&i.set("lang","en");const o=i.toString();return`/app${n}${o?`?${o}`:""}`}function re(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Ie(e){return re(e)==="object"}function _r(e){return Array.isArray(e)&&e.length>0&&e.every(n=>"message"in n)}function kt(e,n){return e.length<124?e:n}const yr="graphql-transport-ws";var ae=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(ae||{}),le=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(le||{});function Ti(e){if(!Ie(e))throw new Error(`Message is expected to be an object, but got ${re(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${re(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Ie(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ie(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${re(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${re(e.payload.query)}`);if(e.payload.variables!=null&&!Ie(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${re(e.payload.variables)}`);if(e.payload.operationName!=null&&re(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${re(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Ie(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${re(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ie(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${re(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!_r(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${re(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function vr(e,n){return Ti(typeof e=="string"?JSON.parse(e,n):e)}function Me(e,n){return Ti(e),JSON.stringify(e,n)}function Er(e){const{url:n,connectionParams:t,lazy:i=!0,onNonLazyError:o=console.error,lazyCloseTimeout:a=0,keepAlive:l=0,disablePong:s,connectionAckWaitTimeout:u=0,retryAttempts:g=5,retryWait:d=async function(_){const I=Math.pow(2,_);await new Promise(O=>setTimeout(O,I*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:p=Dn,on:c,webSocketImpl:f,generateID:m=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,_=>{const I=Math.random()*16|0;return(_=="x"?I:I&3|8).toString(16)})},jsonMessageReplacer:y,jsonMessageReviver:v}=e;let h;if(f){if(!Sr(f))throw new Error("Invalid WebSocket implementation provided");h=f}else typeof WebSocket<"u"?h=WebSocket:typeof global<"u"?h=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(h=window.WebSocket||window.MozWebSocket);if(!h)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const E=h,S=(()=>{const T=(()=>{const I={};return{on(O,q){return I[O]=q,()=>{delete I[O]}},emit(O){"id"in O&&I[O.id]?.(O)}}})(),_={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[T.emit,c.message]:[T.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:T.on,on(I,O){const q=_[I];return q.push(O),()=>{const D=q.indexOf(O);D>-1&&q.splice(D,1)}},emit(I,...O){for(const q of[..._[I]])q(...O)}}})();function b(T){const _=[S.on("error",I=>{_.forEach(O=>O()),T(I)}),S.on("closed",I=>{_.forEach(O=>O()),T(I)})];return()=>_.forEach(I=>I())}let $,N=0,P,R=!1,w=0,L=!1;async function C(){clearTimeout(P);const[T,_]=await($??($=new Promise((q,D)=>(async()=>{if(R){if(await d(w),!N)return $=void 0,D({code:1e3,reason:"All Subscriptions Gone"});w++}S.emit("connecting",R);const A=new E(typeof n=="function"?await n():n,yr);let X,te;function ie(){isFinite(l)&&l>0&&(clearTimeout(te),te=setTimeout(()=>{A.readyState===E.OPEN&&(A.send(Me({type:le.Ping})),S.emit("ping",!1,void 0))},l))}b(V=>{$=void 0,clearTimeout(X),clearTimeout(te),D(V),V instanceof Dt&&(A.close(4499,"Terminated"),A.onerror=null,A.onclose=null)}),A.onerror=V=>S.emit("error",V),A.onclose=V=>S.emit("closed",V),A.onopen=async()=>{try{S.emit("opened",A);const V=typeof t=="function"?await t():t;if(A.readyState!==E.OPEN)return;A.send(Me(V?{type:le.ConnectionInit,payload:V}:{type:le.ConnectionInit},y)),isFinite(u)&&u>0&&(X=setTimeout(()=>{A.close(ae.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},u)),ie()}catch(V){S.emit("error",V),A.close(ae.InternalClientError,kt(V instanceof Error?V.message:String(V),"Internal client error"))}};let fe=!1;A.onmessage=({data:V})=>{try{const Z=vr(V,v);if(S.emit("message",Z),Z.type==="ping"||Z.type==="pong"){S.emit(Z.type,!0,Z.payload),Z.type==="pong"?ie():s||(A.send(Me(Z.payload?{type:le.Pong,payload:Z.payload}:{type:le.Pong},y)),S.emit("pong",!1,Z.payload));return}if(fe)return;if(Z.type!==le.ConnectionAck)throw new Error(`First message cannot be of type ${Z.type}`);clearTimeout(X),fe=!0,S.emit("connected",A,Z.payload,R),R=!1,w=0;const $t=new Promise((Os,Ki)=>b(Ki));$t.catch(()=>{}),q([A,$t])}catch(Z){A.onmessage=null,S.emit("error",Z),A.close(ae.BadResponse,kt(Z instanceof Error?Z.message:String(Z),"Bad response"))}}})())));T.readyState===E.CLOSING&&await _;let I=()=>{};const O=new Promise(q=>I=q);return[T,I,new Promise((q,D)=>{const A=b(D);T.readyState!==E.OPEN&&_.catch(D),O.then(()=>{if(A(),!N){const X=()=>T.close(1e3,"Normal Closure");isFinite(a)&&a>0?(clearTimeout(P),P=setTimeout(()=>{!N&&T.readyState===E.OPEN&&X()},a)):X()}q()})})]}function Q(T){if(Dn(T)&&($r(T.code)||[ae.InternalServerError,ae.InternalClientError,ae.BadRequest,ae.BadResponse,ae.Unauthorized,ae.SubprotocolNotAcceptable,ae.SubscriberAlreadyExists,ae.TooManyInitialisationRequests].includes(T.code)))throw T;if(L)return!1;if(Dn(T)&&T.code===1e3)return N>0;if(!g||w>=g||!p(T))throw T;return R=!0}i||(async()=>{for(N++;;)try{const[,,T]=await C();await T}catch(T){try{if(!Q(T))return}catch(_){return o?.(_)}}})();function U(T,_){const I=m(T);let O=!1,q=!1,D=()=>{N--,O=!0};return(async()=>{for(N++;;)try{const[A,X,te]=await C();if(O)return te.catch(()=>{}),X();const ie=S.onMessage(I,fe=>{switch(fe.type){case le.Next:{_.next(fe.payload);return}case le.Error:{q=!0,O=!0,_.error(fe.payload),D();return}case le.Complete:{O=!0,D();return}}});A.send(Me({id:I,type:le.Subscribe,payload:T},y)),D=()=>{!O&&A.readyState===E.OPEN&&A.send(Me({id:I,type:le.Complete},y)),N--,O=!0,X()},await te.finally(ie);return}catch(A){if(!Q(A))return}})().then(()=>{q||_.complete()}).catch(A=>{_.error(A)}),()=>{O||D()}}return{on:S.on,subscribe:U,iterate(T){const _=[],I={done:!1,error:null,resolve:()=>{}},O=U(T,{next(D){_.push(D),I.resolve()},error(D){I.done=!0,I.error=D,I.resolve()},complete(){I.done=!0,I.resolve()}}),q=(async function*(){for(;;){for(_.length||await new Promise(A=>I.resolve=A);_.length;)yield _.shift();if(I.error)throw I.error;if(I.done)return}})();return q.throw=async D=>(I.done||(I.done=!0,I.error=D,I.resolve()),{done:!0,value:void 0}),q.return=async()=>(O(),{done:!0,value:void 0}),q},async dispose(){if(L=!0,$){const[T]=await $;T.close(1e3,"Normal Closure")}},terminate(){$&&S.emit("closed",new Dt)}}}class Dt extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function Dn(e){return Ie(e)&&"code"in e&&"reason"in e}function $r(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function Sr(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class je extends Error{constructor(n){super(n.map(t=>t.message).join("; ")),this.errors=n}get code(){return this.errors[0]?.extensions?.code}}async function Ke(e,n,t){const i={"content-type":"application/json"};t&&(i.authorization=`Bearer ${t}`);const o=await fetch("/graphql",{method:"POST",headers:i,body:JSON.stringify({query:e.toString(),variables:n})}),a=await o.json().catch(()=>({}));if(!o.ok&&!a.errors?.length)throw new je([{message:`HTTP ${o.status} from /graphql`}]);if(a.errors?.length)throw new je(a.errors);return a.data}let ln;const xn=new Set,br="subscription { changes { id entityType entitySlug related } }";function Ir(e){if(xn.add(e),!ln){const n=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/ws`;ln=Er({url:n,retryAttempts:1/0,lazy:!1}),ln.subscribe({query:br},{next:t=>{const i=t.data?.changes;i&&xn.forEach(o=>o(i))},error:()=>{},complete:()=>{}}),ln.on("connected",()=>document.documentElement.setAttribute("data-live","connected"))}return()=>{xn.delete(e)}}function de({citations:e}){const{t:n,label:t,href:i}=W();return e.length===0?null:r("ul",{class:"evidence","aria-label":n.evidence,children:e.map(o=>r("li",{children:[r("blockquote",{children:r("a",{class:"quote",href:i(`/sources/${o.source.slug}`,{quote:o.quote}),children:[n.open,o.quote,n.close]})}),r("span",{class:"cite",children:[o.source.title," · ",n.reliability,n.colon,r("span",{class:`rel rel-${o.source.reliability}`,children:t(o.source.reliability)}),o.note?` · ${o.note}`:""]})]}))})}function Ae({value:e}){const{t:n,label:t}=W(),i=e.onlyLowReliability;return r("span",{class:`badge ${i?"badge-weak":"badge-ok"}`,title:n.corroboration,children:[n.corroboration,n.colon,n.sources(e.sourceCount),e.bestReliability?` · ${t(e.bestReliability)}`:"",i?` · ${n.unconfirmed}`:""]})}function Tr({text:e}){const n=e.split(/\[\[|\]\]/);return r("span",{class:"snippet",children:n.map((t,i)=>i%2===1?r("mark",{children:t}):t)})}function Je({value:e}){const{label:n}=W();return r("span",{class:`status status-${e}`,children:n(e)})}function pe({query:e,children:n}){const{t}=W();if(e.data)return Nr(),r(M,{children:n(e.data)});if(e.error){const i=e.error instanceof je?` (${e.error.code??""})`:"";return r("p",{role:"alert",class:"error",children:[t.error,i,t.colon,e.error.message]})}return r("p",{"aria-busy":"true",children:t.loading})}function Nr(){performance.getEntriesByName("lawtracker:first-render").length===0&&requestAnimationFrame(()=>{performance.getEntriesByName("lawtracker:first-render").length===0&&performance.mark("lawtracker:first-render")})}function wr(){const{t:e}=W();return r("h1",{children:e.notFound})}class z extends String{constructor(n,t){super(n),this.value=n,this.__meta__=t}toString(){return this.value}}const Cr=new z(`
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
    `,{fragmentName:"NodeLink"}),Or=new z(`
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
    `),Rr=new z(`
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
    `),Lr=new z(`
    query CurationSource($slug: ID!) {
  source(id: $slug) {
    slug
    title
    text
  }
}
    `),Pr=new z(`
    mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
  linkCriticism(criticism: $criticism, input: $input) {
    revision {
      id
      operation
    }
  }
}
    `),Ar=new z(`
    mutation LinkIncident($input: IncidentLinkInput!) {
  linkIncident(input: $input) {
    revision {
      id
      operation
    }
  }
}
    `),qr=new z(`
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
    `),kr=new z(`
    mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
  updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) {
    revision {
      id
    }
  }
}
    `),Dr=new z(`
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
    `),xr=new z(`
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
    `),Mr=new z(`
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
    `),Fr=new z(`
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
    `),Ur=new z(`
    query MapPage($filter: IncidentFilterInput, $lang: Language) {
  incidentsGeojson(filter: $filter, lang: $lang)
  provisions(first: 100) {
    nodes {
      slug
      heading(lang: $lang)
    }
  }
}
    `),Gr=new z(`
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
    `),Hr=new z(`
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
    `),Br=new z(`
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
    `),Wr=new z(`
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
    `),Vr=new z(`
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
    `),Yr=new z(`
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
    `),zr=new z(`
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
}`),jr=new z(`
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
    `),Kr=new z(`
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
}`),Jr={"\n  query ActorPage($slug: ID!, $lang: Language) {\n    actor(id: $slug) {\n      slug name kind description\n      citations { quote note source { slug title reliability } }\n      criticisms(first: 100) {\n        nodes {\n          slug stance rights summary(lang: $lang) quote statedOn\n          provisions { provision { slug heading(lang: $lang) } }\n          citations { quote note source { slug title reliability } }\n        }\n      }\n    }\n  }\n":Or,"\n  query CurationChoices($lang: Language) {\n    provisions(first: 100) { nodes { slug heading(lang: $lang) } }\n    criticisms(first: 100) { nodes { slug summary(lang: $lang) author { name } } }\n    incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn } }\n    sources(first: 100) { nodes { slug title } }\n  }\n":Rr,"\n  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }\n":Lr,"\n  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {\n    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } }\n  }\n":Pr,"\n  mutation LinkIncident($input: IncidentLinkInput!) {\n    linkIncident(input: $input) { revision { id operation } }\n  }\n":Ar,"\n  query EditCriticism($slug: ID!) {\n    criticism(id: $slug) {\n      slug version stance rights quote statedOn\n      summary(lang: EN)\n      french: localizedSummary(lang: FR) { text language }\n      author { slug }\n      citations { quote note source { slug } }\n    }\n  }\n":qr,"\n  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {\n    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } }\n  }\n":kr,"\n  query IncidentPage($slug: ID!, $lang: Language) {\n    incident(id: $slug) {\n      slug title(lang: $lang) summary(lang: $lang) occurredOn timeOfDay kinds place campaign\n      facility { slug name city }\n      investigatingBody { slug name }\n      outcomes { display(lang: $lang) name citations { quote note source { slug title reliability } } }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { relation provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":Dr,"\n  query FacilityPage($slug: ID!, $lang: Language) {\n    facility(id: $slug) {\n      slug name kind city aliases latitude longitude coordinatesNote\n      citations { quote note source { slug title reliability } }\n      incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn kinds } }\n      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }\n    }\n  }\n":xr,"\n  query CriticismPage($slug: ID!, $lang: Language) {\n    criticism(id: $slug) {\n      slug stance rights summary(lang: $lang) quote statedOn version\n      author { slug name }\n      citations { quote note source { slug title reliability } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      provisions { provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }\n    }\n  }\n":Mr,"\n  query LawPage($lang: Language) {\n    laws(first: 1) {\n      nodes {\n        slug\n        number\n        title(lang: $lang) { text }\n        status\n        summary\n        stages { slug occurredOn kind chamber outcome description }\n        events { slug kind occurredOn title(lang: $lang) provision { slug } }\n        provisions(first: 100) { nodes { slug article heading(lang: $lang) theme status } }\n      }\n    }\n  }\n":Fr,"\n  query MapPage($filter: IncidentFilterInput, $lang: Language) {\n    incidentsGeojson(filter: $filter, lang: $lang)\n    provisions(first: 100) { nodes { slug heading(lang: $lang) } }\n  }\n":Ur,"\n  query LawCitations($lang: Language) {\n    laws(first: 5) {\n      nodes {\n        slug titleFr citations { quote source { slug } }\n        stages { slug description citations { quote source { slug } } }\n        events { slug title(lang: $lang) provision { slug } citations { quote source { slug } } }\n        claims { question claims { value citations { quote source { slug } } } }\n      }\n    }\n    facilities(first: 100) { nodes { slug name citations { quote source { slug } } } }\n    actors(first: 100) { nodes { slug name citations { quote source { slug } } } }\n  }\n":Gr,"\n  query ProvisionCitations($lang: Language) {\n    provisions(first: 100) {\n      nodes {\n        slug heading(lang: $lang) citations { quote source { slug } }\n        parameters { label citations { quote source { slug } } }\n        texts { text source { slug } }\n      }\n    }\n  }\n":Hr,"\n  query IncidentCitations($lang: Language) {\n    incidents(first: 100) {\n      nodes {\n        slug title(lang: $lang) citations { quote source { slug } }\n        outcomes { name citations { quote source { slug } } }\n        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }\n      }\n    }\n  }\n":Br,"\n  query CriticismCitations($lang: Language) {\n    criticisms(first: 100) {\n      nodes {\n        slug summary(lang: $lang) citations { quote source { slug } }\n        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }\n      }\n    }\n  }\n":Wr,"\n  fragment NodeLink on Node {\n    __typename\n    ... on Provision { slug }\n    ... on Incident { slug }\n    ... on Criticism { slug }\n    ... on Facility { slug }\n    ... on Actor { slug }\n    ... on Source { slug }\n    ... on Law { slug }\n  }\n":Cr,"\n  query ProvisionPage($slug: ID!, $lang: Language) {\n    provision(id: $slug) {\n      slug article heading(lang: $lang) summary: localizedSummary(lang: $lang) { text language } status theme version\n      law { stages { slug occurredOn description } }\n      events { slug kind occurredOn title(lang: $lang) }\n      parameters { name label(lang: $lang) display(lang: $lang) baseline stage { slug occurredOn } }\n      corroboration { sourceCount bestReliability onlyLowReliability }\n      citations { quote note source { slug title reliability } }\n      incidents {\n        relation note\n        incident { slug title(lang: $lang) occurredOn facility { name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      criticisms {\n        note\n        criticism { slug stance summary(lang: $lang) rights author { slug name } }\n        citations { quote note source { slug title reliability } }\n        corroboration { sourceCount bestReliability onlyLowReliability }\n      }\n      claims {\n        slug question contested\n        claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } }\n      }\n    }\n  }\n":Vr,"\n  query ProvisionDiff($slug: ID!, $from: String!, $to: String!, $lang: Language) {\n    provision(id: $slug) {\n      diff(from: $from, to: $to) {\n        from to statusFrom statusTo\n        measures { name from { label(lang: $lang) display(lang: $lang) beforeTheLaw } to { label(lang: $lang) display(lang: $lang) beforeTheLaw } }\n        textFrom { kind text source { slug title } }\n        textTo { kind text source { slug title } }\n        text { change text }\n      }\n    }\n  }\n":Yr,"\n  query SearchPage($q: String!) {\n    search(query: $q, first: 30) {\n      totalCount\n      nodes { type slug title snippet node { id ...NodeLink } }\n    }\n  }\n":zr,"\n  query SourcePage($slug: ID!) {\n    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }\n  }\n":jr,"\n  query TimelinePage($from: Date, $to: Date, $lang: Language) {\n    timeline(from: $from, to: $to, first: 100) {\n      type date datePrecision title(lang: $lang) slug\n      node { id ...NodeLink }\n    }\n  }\n":Kr};function j(e){return Jr[e]??{}}function ee(e,n,t=!0){const i=JSON.stringify(n),[o,a]=se({loading:!0}),[l,s]=se(0);return qe(()=>{let u=!0;return a(g=>({...g,loading:!0})),Ke(e,n).then(g=>u&&a({data:g,loading:!1})).catch(g=>u&&a({error:g,loading:!1})),()=>{u=!1}},[i,l]),qe(()=>{if(!t)return;let u;const g=Ir(()=>{clearTimeout(u),u=setTimeout(()=>s(d=>d+1),150)});return()=>{clearTimeout(u),g()}},[t]),{...o,reload:()=>s(u=>u+1)}}const Xr=j(`
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
`);function In(e){const[n,t="1",i="1"]=e.split("-");return Date.UTC(Number(n),Number(t)-1,Number(i))/864e5}function Qr({items:e,label:n}){if(e.length===0)return null;const t=e.map(s=>In(s.date)),i=Math.min(...t),o=Math.max(...t),a=1e3,l=s=>20+(s-i)/Math.max(1,o-i)*(a-40);return r("figure",{class:"axis",children:r("svg",{viewBox:`0 0 ${a} 60`,role:"img","aria-label":n,children:[r("line",{x1:"20",x2:a-20,y1:"30",y2:"30",stroke:"#333"}),e.map((s,u)=>r("circle",{cx:l(In(s.date)),cy:s.kind==="stage"?22:38,r:"5",class:s.kind==="stage"?"dot-stage":"dot-event","data-index":u,children:r("title",{children:`${s.date} — ${s.label}`})})),r("text",{x:"20",y:"56",class:"axis-label",children:e[0]?.date}),r("text",{x:a-20,y:"56","text-anchor":"end",class:"axis-label",children:e[e.length-1]?.date})]})})}function xt(){const{t:e,label:n,href:t,apiLang:i}=W(),o=ee(Xr,{lang:i});return r(pe,{query:o,children:a=>{const l=a.laws.nodes[0];if(!l)return r("p",{children:e.notFound});const s=[...l.stages.map(d=>({key:d.slug,date:d.occurredOn,label:d.description,kind:"stage"})),...l.events.map(d=>({key:d.slug,date:d.occurredOn,label:d.title,kind:"event"}))].sort((d,p)=>In(d.date)-In(p.date)),u=new Map;for(const d of l.provisions.nodes)u.set(d.theme,[...u.get(d.theme)??[],d]);const g=[...u.entries()].sort(([d],[p])=>+(d==="UNKNOWN")-+(p==="UNKNOWN"));return r(M,{children:[r("h1",{children:l.title.text}),r("p",{children:[l.number?`${e.lawNumber(l.number)} · `:"",e.status,e.colon,r(Je,{value:l.status})]}),r("p",{children:l.summary}),r("h2",{children:e.timeAxis}),r(Qr,{items:s,label:e.timeAxis}),r("p",{class:"legend",children:[r("span",{class:"key key-stage","aria-hidden":"true"})," ",e.stages," · ",r("span",{class:"key key-event","aria-hidden":"true"})," ",e.events]}),r("ol",{class:"chrono",children:s.map(d=>r("li",{class:`chrono-${d.kind}`,children:[r("time",{children:d.date})," ",r("span",{class:`tag tag-${d.kind}`,children:n(d.kind==="stage"?"LEGISLATIVE_STAGE":"LIFECYCLE_EVENT")})," ",d.label]}))}),r("h2",{children:e.articlesByTheme}),g.map(([d,p])=>r("section",{class:"theme",children:[r("h3",{children:n(d)}),r("ul",{children:p.map(c=>r("li",{children:[r("a",{href:t(`/provisions/${c.slug}`),children:[c.article?`${c.article} — `:"",c.heading]})," ",r(Je,{value:c.status})]}))})]}))]})}})}function _t({claims:e}){const{t:n}=W();return e.length===0?null:r("section",{children:[r("h2",{children:n.claims}),e.map(t=>r("div",{class:"claim-question",children:[r("h3",{children:[t.question," ",t.contested&&r("span",{class:"badge badge-weak",children:n.contested})]}),r("div",{class:"side-by-side",children:t.claims.map(i=>r("div",{class:"claim",children:[r("p",{class:"claim-value",children:i.value}),r(Ae,{value:i.corroboration}),r(de,{citations:i.citations})]}))})]}))]})}const Zr=j(`
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
`),eo=j(`
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
`);function no(e){const n=new Date(`${e.length===10?e:`${e}-01`.slice(0,10)}T00:00:00Z`);return n.setUTCDate(n.getUTCDate()-1),n.toISOString().slice(0,10)}function to({parameters:e,stages:n}){const{t}=W();if(e.length===0)return null;const i=[...new Set(e.map(a=>a.name))],o=n.filter(a=>e.some(l=>l.stage?.slug===a.slug));return r("table",{class:"parameters",children:[r("caption",{children:t.parameters}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:t.measure}),r("th",{scope:"col",children:t.beforeTheLaw}),o.map(a=>r("th",{scope:"col",children:[r("time",{children:a.occurredOn}),r("br",{}),a.slug]}))]})}),r("tbody",{children:i.map(a=>{const l=e.filter(s=>s.name===a);return r("tr",{children:[r("th",{scope:"row",children:l[0].label}),r("td",{children:l.find(s=>s.baseline)?.baseline??""}),o.map(s=>r("td",{children:l.filter(u=>u.stage?.slug===s.slug).map(u=>u.display).join(" · ")}))]})})})]})}function io({slug:e,from:n,to:t}){const{t:i,apiLang:o}=W(),a=ee(eo,{slug:e,from:n,to:t,lang:o});return r(pe,{query:a,children:l=>{const s=l.provision?.diff;return s?r("div",{class:"diff","aria-live":"polite",children:[r("p",{children:[s.from," → ",s.to," · ",i.status,i.colon,s.statusFrom?r(Je,{value:s.statusFrom}):"—"," → ",s.statusTo?r(Je,{value:s.statusTo}):"—"]}),r("h3",{children:i.measures}),s.measures.length===0?r("p",{children:i.noMeasureChange}):r("table",{class:"measures",children:[r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:i.measure}),r("th",{scope:"col",children:s.from}),r("th",{scope:"col",children:s.to})]})}),r("tbody",{children:s.measures.map(u=>r("tr",{class:"measure-change","data-name":u.name,children:[r("th",{scope:"row",children:u.from?.label??u.to?.label??u.name}),r("td",{class:"measure-from",children:r("del",{children:u.from?.display??"—"})}),r("td",{class:"measure-to",children:r("ins",{children:u.to?.display??"—"})})]}))})]}),r("h3",{children:i.text}),s.text.length===0?r("p",{children:i.noText}):r(M,{children:[[s.textFrom,s.textTo].some(u=>u?.kind==="SOURCE_ACCOUNT")&&r("p",{class:"note",children:i.sourceAccount}),r("p",{class:"text-diff",children:s.text.map(u=>u.change==="DELETED"?r("del",{children:u.text}):u.change==="INSERTED"?r("ins",{children:u.text}):r("span",{children:u.text}))})]})]}):null}})}function ro({slug:e}){const{t:n,lang:t,label:i,href:o,apiLang:a}=W(),{query:l,path:s,route:u}=$e(),g=ee(Zr,{slug:e,lang:a});return r(pe,{query:g,children:d=>{const p=d.provision;if(!p)return r("h1",{children:n.notFound});const c=p.law.stages,f=c[0]?no(c[0].occurredOn):"2000-01-01",m=l.from||f,y=l.to||(c.find(h=>h.slug==="promulgation")??c[c.length-1])?.slug||f,v=h=>{h.preventDefault();const E=new FormData(h.currentTarget),S=new URLSearchParams(l);S.set("from",String(E.get("from"))),S.set("to",String(E.get("to"))),u(`${s}?${S}`)};return r(M,{children:[r("h1",{children:[p.article?`${p.article} — `:"",p.heading]}),r("p",{children:[n.status,n.colon,r(Je,{value:p.status})," · ",i(p.theme)," · ",r(Ae,{value:p.corroboration})]}),r("p",{class:"summary",lang:p.summary.language.toLowerCase(),children:p.summary.text}),p.summary.language.toLowerCase()!==t&&r("p",{class:"note",children:n.notTranslated}),r(de,{citations:p.citations}),p.events.length>0&&r(M,{children:[r("h2",{children:n.events}),r("ul",{children:p.events.map(h=>r("li",{children:[r("time",{children:h.occurredOn})," ",h.title]}))})]}),r(to,{parameters:p.parameters,stages:c}),r("h2",{children:n.diff}),r("form",{class:"diff-form",onSubmit:v,children:[r("datalist",{id:"moments",children:[r("option",{value:f,children:n.beforeTheLaw}),c.map(h=>r("option",{value:h.slug,children:[h.occurredOn," — ",h.description]}))]}),r("label",{children:[n.diffFrom," ",r("input",{name:"from",list:"moments",defaultValue:m,"aria-describedby":"diff-help"})]}),r("label",{children:[n.diffTo," ",r("input",{name:"to",list:"moments",defaultValue:y,"aria-describedby":"diff-help"})]}),r("button",{type:"submit",children:n.diff}),r("small",{id:"diff-help",children:n.diffHelp})]},`${m}|${y}`),r(io,{slug:p.slug,from:m,to:y}),r("h2",{children:n.incidents}),p.incidents.length===0?r("p",{children:n.none}):r("ul",{class:"links",children:p.incidents.map(h=>r("li",{children:[r("a",{href:o(`/incidents/${h.incident.slug}`),children:h.incident.title})," (",h.incident.occurredOn,h.incident.facility?`, ${h.incident.facility.name}`:"",") · ",i(h.relation)," · ",r(Ae,{value:h.corroboration}),h.note&&r("p",{class:"note",children:h.note}),r(de,{citations:h.citations})]}))}),r("h2",{children:n.criticisms}),p.criticisms.length===0?r("p",{children:n.none}):r("ul",{class:"links criticisms",children:p.criticisms.map(h=>r("li",{"data-slug":h.criticism.slug,children:[r("a",{href:o(`/actors/${h.criticism.author.slug}`),children:h.criticism.author.name})," · ",i(h.criticism.stance)," ·"," ",r("a",{href:o(`/criticisms/${h.criticism.slug}`),children:h.criticism.summary})," · ",r(Ae,{value:h.corroboration}),r(de,{citations:h.citations})]}))}),r(_t,{claims:p.claims})]})}})}function _n(e,n){return e==null||n==null?NaN:e<n?-1:e>n?1:e>=n?0:NaN}function oo(e,n){return e==null||n==null?NaN:n<e?-1:n>e?1:n>=e?0:NaN}function Ni(e){let n,t,i;e.length!==2?(n=_n,t=(s,u)=>_n(e(s),u),i=(s,u)=>e(s)-u):(n=e===_n||e===oo?e:so,t=e,i=e);function o(s,u,g=0,d=s.length){if(g<d){if(n(u,u)!==0)return d;do{const p=g+d>>>1;t(s[p],u)<0?g=p+1:d=p}while(g<d)}return g}function a(s,u,g=0,d=s.length){if(g<d){if(n(u,u)!==0)return d;do{const p=g+d>>>1;t(s[p],u)<=0?g=p+1:d=p}while(g<d)}return g}function l(s,u,g=0,d=s.length){const p=o(s,u,g,d-1);return p>g&&i(s[p-1],u)>-i(s[p],u)?p-1:p}return{left:o,center:l,right:a}}function so(){return 0}function ao(e){return e===null?NaN:+e}Ni(_n);Ni(ao).center;class Ce{constructor(){this._partials=new Float64Array(32),this._n=0}add(n){const t=this._partials;let i=0;for(let o=0;o<this._n&&o<32;o++){const a=t[o],l=n+a,s=Math.abs(n)<Math.abs(a)?n-(l-a):a-(l-n);s&&(t[i++]=s),n=l}return t[i]=n,this._n=i+1,this}valueOf(){const n=this._partials;let t=this._n,i,o,a,l=0;if(t>0){for(l=n[--t];t>0&&(i=l,o=n[--t],l=i+o,a=o-(l-i),!a););t>0&&(a<0&&n[t-1]<0||a>0&&n[t-1]>0)&&(o=a*2,i=l+o,o==i-l&&(l=i))}return l}}function*lo(e){for(const n of e)yield*n}function wi(e){return Array.from(lo(e))}var x=1e-6,k=Math.PI,J=k/2,Mt=k/4,ge=k*2,he=180/k,ne=k/180,B=Math.abs,yt=Math.atan,ke=Math.atan2,H=Math.cos,co=Math.exp,jn=Math.log,Mn=Math.pow,Y=Math.sin,Ue=Math.sign||function(e){return e>0?1:e<0?-1:0},be=Math.sqrt,Ci=Math.tan;function uo(e){return e>1?0:e<-1?k:Math.acos(e)}function Xe(e){return e>1?J:e<-1?-J:Math.asin(e)}function ue(){}function Tn(e,n){e&&Ut.hasOwnProperty(e.type)&&Ut[e.type](e,n)}var Ft={Feature:function(e,n){Tn(e.geometry,n)},FeatureCollection:function(e,n){for(var t=e.features,i=-1,o=t.length;++i<o;)Tn(t[i].geometry,n)}},Ut={Sphere:function(e,n){n.sphere()},Point:function(e,n){e=e.coordinates,n.point(e[0],e[1],e[2])},MultiPoint:function(e,n){for(var t=e.coordinates,i=-1,o=t.length;++i<o;)e=t[i],n.point(e[0],e[1],e[2])},LineString:function(e,n){Kn(e.coordinates,n,0)},MultiLineString:function(e,n){for(var t=e.coordinates,i=-1,o=t.length;++i<o;)Kn(t[i],n,0)},Polygon:function(e,n){Gt(e.coordinates,n)},MultiPolygon:function(e,n){for(var t=e.coordinates,i=-1,o=t.length;++i<o;)Gt(t[i],n)},GeometryCollection:function(e,n){for(var t=e.geometries,i=-1,o=t.length;++i<o;)Tn(t[i],n)}};function Kn(e,n,t){var i=-1,o=e.length-t,a;for(n.lineStart();++i<o;)a=e[i],n.point(a[0],a[1],a[2]);n.lineEnd()}function Gt(e,n){var t=-1,i=e.length;for(n.polygonStart();++t<i;)Kn(e[t],n,1);n.polygonEnd()}function Le(e,n){e&&Ft.hasOwnProperty(e.type)?Ft[e.type](e,n):Tn(e,n)}function Jn(e){return[ke(e[1],e[0]),Xe(e[2])]}function De(e){var n=e[0],t=e[1],i=H(t);return[i*H(n),i*Y(n),Y(t)]}function cn(e,n){return e[0]*n[0]+e[1]*n[1]+e[2]*n[2]}function Nn(e,n){return[e[1]*n[2]-e[2]*n[1],e[2]*n[0]-e[0]*n[2],e[0]*n[1]-e[1]*n[0]]}function Fn(e,n){e[0]+=n[0],e[1]+=n[1],e[2]+=n[2]}function un(e,n){return[e[0]*n,e[1]*n,e[2]*n]}function Xn(e){var n=be(e[0]*e[0]+e[1]*e[1]+e[2]*e[2]);e[0]/=n,e[1]/=n,e[2]/=n}function Qn(e,n){function t(i,o){return i=e(i,o),n(i[0],i[1])}return e.invert&&n.invert&&(t.invert=function(i,o){return i=n.invert(i,o),i&&e.invert(i[0],i[1])}),t}function Zn(e,n){return B(e)>k&&(e-=Math.round(e/ge)*ge),[e,n]}Zn.invert=Zn;function go(e,n,t){return(e%=ge)?n||t?Qn(Bt(e),Wt(n,t)):Bt(e):n||t?Wt(n,t):Zn}function Ht(e){return function(n,t){return n+=e,B(n)>k&&(n-=Math.round(n/ge)*ge),[n,t]}}function Bt(e){var n=Ht(e);return n.invert=Ht(-e),n}function Wt(e,n){var t=H(e),i=Y(e),o=H(n),a=Y(n);function l(s,u){var g=H(u),d=H(s)*g,p=Y(s)*g,c=Y(u),f=c*t+d*i;return[ke(p*o-f*a,d*t-c*i),Xe(f*o+p*a)]}return l.invert=function(s,u){var g=H(u),d=H(s)*g,p=Y(s)*g,c=Y(u),f=c*o-p*a;return[ke(p*o+c*a,d*t+f*i),Xe(f*t-d*i)]},l}function po(e,n,t,i,o,a){if(t){var l=H(n),s=Y(n),u=i*t;o==null?(o=n+i*ge,a=n-u/2):(o=Vt(l,o),a=Vt(l,a),(i>0?o<a:o>a)&&(o+=i*ge));for(var g,d=o;i>0?d>a:d<a;d-=u)g=Jn([l,-s*H(d),-s*Y(d)]),e.point(g[0],g[1])}}function Vt(e,n){n=De(n),n[0]-=e,Xn(n);var t=uo(-n[1]);return((-n[2]<0?-t:t)+ge-x)%ge}function Oi(){var e=[],n;return{point:function(t,i,o){n.push([t,i,o])},lineStart:function(){e.push(n=[])},lineEnd:ue,rejoin:function(){e.length>1&&e.push(e.pop().concat(e.shift()))},result:function(){var t=e;return e=[],n=null,t}}}function yn(e,n){return B(e[0]-n[0])<x&&B(e[1]-n[1])<x}function dn(e,n,t,i){this.x=e,this.z=n,this.o=t,this.e=i,this.v=!1,this.n=this.p=null}function Ri(e,n,t,i,o){var a=[],l=[],s,u;if(e.forEach(function(m){if(!((y=m.length-1)<=0)){var y,v=m[0],h=m[y],E;if(yn(v,h)){if(!v[2]&&!h[2]){for(o.lineStart(),s=0;s<y;++s)o.point((v=m[s])[0],v[1]);o.lineEnd();return}h[0]+=2*x}a.push(E=new dn(v,m,null,!0)),l.push(E.o=new dn(v,null,E,!1)),a.push(E=new dn(h,m,null,!1)),l.push(E.o=new dn(h,null,E,!0))}}),!!a.length){for(l.sort(n),Yt(a),Yt(l),s=0,u=l.length;s<u;++s)l[s].e=t=!t;for(var g=a[0],d,p;;){for(var c=g,f=!0;c.v;)if((c=c.n)===g)return;d=c.z,o.lineStart();do{if(c.v=c.o.v=!0,c.e){if(f)for(s=0,u=d.length;s<u;++s)o.point((p=d[s])[0],p[1]);else i(c.x,c.n.x,1,o);c=c.n}else{if(f)for(d=c.p.z,s=d.length-1;s>=0;--s)o.point((p=d[s])[0],p[1]);else i(c.x,c.p.x,-1,o);c=c.p}c=c.o,d=c.z,f=!f}while(!c.v);o.lineEnd()}}}function Yt(e){if(n=e.length){for(var n,t=0,i=e[0],o;++t<n;)i.n=o=e[t],o.p=i,i=o;i.n=o=e[0],o.p=i}}function Un(e){return B(e[0])<=k?e[0]:Ue(e[0])*((B(e[0])+k)%ge-k)}function fo(e,n){var t=Un(n),i=n[1],o=Y(i),a=[Y(t),-H(t),0],l=0,s=0,u=new Ce;o===1?i=J+x:o===-1&&(i=-J-x);for(var g=0,d=e.length;g<d;++g)if(c=(p=e[g]).length)for(var p,c,f=p[c-1],m=Un(f),y=f[1]/2+Mt,v=Y(y),h=H(y),E=0;E<c;++E,m=b,v=N,h=P,f=S){var S=p[E],b=Un(S),$=S[1]/2+Mt,N=Y($),P=H($),R=b-m,w=R>=0?1:-1,L=w*R,C=L>k,Q=v*N;if(u.add(ke(Q*w*Y(L),h*P+Q*H(L))),l+=C?R+w*ge:R,C^m>=t^b>=t){var U=Nn(De(f),De(S));Xn(U);var T=Nn(a,U);Xn(T);var _=(C^R>=0?-1:1)*Xe(T[2]);(i>_||i===_&&(U[0]||U[1]))&&(s+=C^R>=0?1:-1)}}return(l<-x||l<x&&u<-1e-12)^s&1}function Li(e,n,t,i){return function(o){var a=n(o),l=Oi(),s=n(l),u=!1,g,d,p,c={point:f,lineStart:y,lineEnd:v,polygonStart:function(){c.point=h,c.lineStart=E,c.lineEnd=S,d=[],g=[]},polygonEnd:function(){c.point=f,c.lineStart=y,c.lineEnd=v,d=wi(d);var b=fo(g,i);d.length?(u||(o.polygonStart(),u=!0),Ri(d,mo,b,t,o)):b&&(u||(o.polygonStart(),u=!0),o.lineStart(),t(null,null,1,o),o.lineEnd()),u&&(o.polygonEnd(),u=!1),d=g=null},sphere:function(){o.polygonStart(),o.lineStart(),t(null,null,1,o),o.lineEnd(),o.polygonEnd()}};function f(b,$){e(b,$)&&o.point(b,$)}function m(b,$){a.point(b,$)}function y(){c.point=m,a.lineStart()}function v(){c.point=f,a.lineEnd()}function h(b,$){p.push([b,$]),s.point(b,$)}function E(){s.lineStart(),p=[]}function S(){h(p[0][0],p[0][1]),s.lineEnd();var b=s.clean(),$=l.result(),N,P=$.length,R,w,L;if(p.pop(),g.push(p),p=null,!!P){if(b&1){if(w=$[0],(R=w.length-1)>0){for(u||(o.polygonStart(),u=!0),o.lineStart(),N=0;N<R;++N)o.point((L=w[N])[0],L[1]);o.lineEnd()}return}P>1&&b&2&&$.push($.pop().concat($.shift())),d.push($.filter(ho))}}return c}}function ho(e){return e.length>1}function mo(e,n){return((e=e.x)[0]<0?e[1]-J-x:J-e[1])-((n=n.x)[0]<0?n[1]-J-x:J-n[1])}var zt=Li(function(){return!0},_o,vo,[-k,-J]);function _o(e){var n=NaN,t=NaN,i=NaN,o;return{lineStart:function(){e.lineStart(),o=1},point:function(a,l){var s=a>0?k:-k,u=B(a-n);B(u-k)<x?(e.point(n,t=(t+l)/2>0?J:-J),e.point(i,t),e.lineEnd(),e.lineStart(),e.point(s,t),e.point(a,t),o=0):i!==s&&u>=k&&(B(n-i)<x&&(n-=i*x),B(a-s)<x&&(a-=s*x),t=yo(n,t,a,l),e.point(i,t),e.lineEnd(),e.lineStart(),e.point(s,t),o=0),e.point(n=a,t=l),i=s},lineEnd:function(){e.lineEnd(),n=t=NaN},clean:function(){return 2-o}}}function yo(e,n,t,i){var o,a,l=Y(e-t);return B(l)>x?yt((Y(n)*(a=H(i))*Y(t)-Y(i)*(o=H(n))*Y(e))/(o*a*l)):(n+i)/2}function vo(e,n,t,i){var o;if(e==null)o=t*J,i.point(-k,o),i.point(0,o),i.point(k,o),i.point(k,0),i.point(k,-o),i.point(0,-o),i.point(-k,-o),i.point(-k,0),i.point(-k,o);else if(B(e[0]-n[0])>x){var a=e[0]<n[0]?k:-k;o=t*a/2,i.point(-a,o),i.point(0,o),i.point(a,o)}else i.point(n[0],n[1])}function Eo(e){var n=H(e),t=2*ne,i=n>0,o=B(n)>x;function a(d,p,c,f){po(f,e,t,c,d,p)}function l(d,p){return H(d)*H(p)>n}function s(d){var p,c,f,m,y;return{lineStart:function(){m=f=!1,y=1},point:function(v,h){var E=[v,h],S,b=l(v,h),$=i?b?0:g(v,h):b?g(v+(v<0?k:-k),h):0;if(!p&&(m=f=b)&&d.lineStart(),b!==f&&(S=u(p,E),(!S||yn(p,S)||yn(E,S))&&(E[2]=1)),b!==f)y=0,b?(d.lineStart(),S=u(E,p),d.point(S[0],S[1])):(S=u(p,E),d.point(S[0],S[1],2),d.lineEnd()),p=S;else if(o&&p&&i^b){var N;!($&c)&&(N=u(E,p,!0))&&(y=0,i?(d.lineStart(),d.point(N[0][0],N[0][1]),d.point(N[1][0],N[1][1]),d.lineEnd()):(d.point(N[1][0],N[1][1]),d.lineEnd(),d.lineStart(),d.point(N[0][0],N[0][1],3)))}b&&(!p||!yn(p,E))&&d.point(E[0],E[1]),p=E,f=b,c=$},lineEnd:function(){f&&d.lineEnd(),p=null},clean:function(){return y|(m&&f)<<1}}}function u(d,p,c){var f=De(d),m=De(p),y=[1,0,0],v=Nn(f,m),h=cn(v,v),E=v[0],S=h-E*E;if(!S)return!c&&d;var b=n*h/S,$=-n*E/S,N=Nn(y,v),P=un(y,b),R=un(v,$);Fn(P,R);var w=N,L=cn(P,w),C=cn(w,w),Q=L*L-C*(cn(P,P)-1);if(!(Q<0)){var U=be(Q),T=un(w,(-L-U)/C);if(Fn(T,P),T=Jn(T),!c)return T;var _=d[0],I=p[0],O=d[1],q=p[1],D;I<_&&(D=_,_=I,I=D);var A=I-_,X=B(A-k)<x,te=X||A<x;if(!X&&q<O&&(D=O,O=q,q=D),te?X?O+q>0^T[1]<(B(T[0]-_)<x?O:q):O<=T[1]&&T[1]<=q:A>k^(_<=T[0]&&T[0]<=I)){var ie=un(w,(-L+U)/C);return Fn(ie,P),[T,Jn(ie)]}}}function g(d,p){var c=i?e:k-e,f=0;return d<-c?f|=1:d>c&&(f|=2),p<-c?f|=4:p>c&&(f|=8),f}return Li(l,s,a,i?[0,-e]:[-k,e-k])}function $o(e,n,t,i,o,a){var l=e[0],s=e[1],u=n[0],g=n[1],d=0,p=1,c=u-l,f=g-s,m;if(m=t-l,!(!c&&m>0)){if(m/=c,c<0){if(m<d)return;m<p&&(p=m)}else if(c>0){if(m>p)return;m>d&&(d=m)}if(m=o-l,!(!c&&m<0)){if(m/=c,c<0){if(m>p)return;m>d&&(d=m)}else if(c>0){if(m<d)return;m<p&&(p=m)}if(m=i-s,!(!f&&m>0)){if(m/=f,f<0){if(m<d)return;m<p&&(p=m)}else if(f>0){if(m>p)return;m>d&&(d=m)}if(m=a-s,!(!f&&m<0)){if(m/=f,f<0){if(m>p)return;m>d&&(d=m)}else if(f>0){if(m<d)return;m<p&&(p=m)}return d>0&&(e[0]=l+d*c,e[1]=s+d*f),p<1&&(n[0]=l+p*c,n[1]=s+p*f),!0}}}}}var Ge=1e9,gn=-Ge;function So(e,n,t,i){function o(g,d){return e<=g&&g<=t&&n<=d&&d<=i}function a(g,d,p,c){var f=0,m=0;if(g==null||(f=l(g,p))!==(m=l(d,p))||u(g,d)<0^p>0)do c.point(f===0||f===3?e:t,f>1?i:n);while((f=(f+p+4)%4)!==m);else c.point(d[0],d[1])}function l(g,d){return B(g[0]-e)<x?d>0?0:3:B(g[0]-t)<x?d>0?2:1:B(g[1]-n)<x?d>0?1:0:d>0?3:2}function s(g,d){return u(g.x,d.x)}function u(g,d){var p=l(g,1),c=l(d,1);return p!==c?p-c:p===0?d[1]-g[1]:p===1?g[0]-d[0]:p===2?g[1]-d[1]:d[0]-g[0]}return function(g){var d=g,p=Oi(),c,f,m,y,v,h,E,S,b,$,N,P={point:R,lineStart:Q,lineEnd:U,polygonStart:L,polygonEnd:C};function R(_,I){o(_,I)&&d.point(_,I)}function w(){for(var _=0,I=0,O=f.length;I<O;++I)for(var q=f[I],D=1,A=q.length,X=q[0],te,ie,fe=X[0],V=X[1];D<A;++D)te=fe,ie=V,X=q[D],fe=X[0],V=X[1],ie<=i?V>i&&(fe-te)*(i-ie)>(V-ie)*(e-te)&&++_:V<=i&&(fe-te)*(i-ie)<(V-ie)*(e-te)&&--_;return _}function L(){d=p,c=[],f=[],N=!0}function C(){var _=w(),I=N&&_,O=(c=wi(c)).length;(I||O)&&(g.polygonStart(),I&&(g.lineStart(),a(null,null,1,g),g.lineEnd()),O&&Ri(c,s,_,a,g),g.polygonEnd()),d=g,c=f=m=null}function Q(){P.point=T,f&&f.push(m=[]),$=!0,b=!1,E=S=NaN}function U(){c&&(T(y,v),h&&b&&p.rejoin(),c.push(p.result())),P.point=R,b&&d.lineEnd()}function T(_,I){var O=o(_,I);if(f&&m.push([_,I]),$)y=_,v=I,h=O,$=!1,O&&(d.lineStart(),d.point(_,I));else if(O&&b)d.point(_,I);else{var q=[E=Math.max(gn,Math.min(Ge,E)),S=Math.max(gn,Math.min(Ge,S))],D=[_=Math.max(gn,Math.min(Ge,_)),I=Math.max(gn,Math.min(Ge,I))];$o(q,D,e,n,t,i)?(b||(d.lineStart(),d.point(q[0],q[1])),d.point(D[0],D[1]),O||d.lineEnd(),N=!1):O&&(d.lineStart(),d.point(_,I),N=!1)}E=_,S=I,b=O}return P}}var et=e=>e,Gn=new Ce,nt=new Ce,Pi,Ai,tt,it,Ee={point:ue,lineStart:ue,lineEnd:ue,polygonStart:function(){Ee.lineStart=bo,Ee.lineEnd=To},polygonEnd:function(){Ee.lineStart=Ee.lineEnd=Ee.point=ue,Gn.add(B(nt)),nt=new Ce},result:function(){var e=Gn/2;return Gn=new Ce,e}};function bo(){Ee.point=Io}function Io(e,n){Ee.point=qi,Pi=tt=e,Ai=it=n}function qi(e,n){nt.add(it*e-tt*n),tt=e,it=n}function To(){qi(Pi,Ai)}var xe=1/0,wn=xe,Qe=-xe,Cn=Qe,On={point:No,lineStart:ue,lineEnd:ue,polygonStart:ue,polygonEnd:ue,result:function(){var e=[[xe,wn],[Qe,Cn]];return Qe=Cn=-(wn=xe=1/0),e}};function No(e,n){e<xe&&(xe=e),e>Qe&&(Qe=e),n<wn&&(wn=n),n>Cn&&(Cn=n)}var rt=0,ot=0,He=0,Rn=0,Ln=0,Pe=0,st=0,at=0,Be=0,ki,Di,_e,ye,ce={point:Oe,lineStart:jt,lineEnd:Kt,polygonStart:function(){ce.lineStart=Oo,ce.lineEnd=Ro},polygonEnd:function(){ce.point=Oe,ce.lineStart=jt,ce.lineEnd=Kt},result:function(){var e=Be?[st/Be,at/Be]:Pe?[Rn/Pe,Ln/Pe]:He?[rt/He,ot/He]:[NaN,NaN];return rt=ot=He=Rn=Ln=Pe=st=at=Be=0,e}};function Oe(e,n){rt+=e,ot+=n,++He}function jt(){ce.point=wo}function wo(e,n){ce.point=Co,Oe(_e=e,ye=n)}function Co(e,n){var t=e-_e,i=n-ye,o=be(t*t+i*i);Rn+=o*(_e+e)/2,Ln+=o*(ye+n)/2,Pe+=o,Oe(_e=e,ye=n)}function Kt(){ce.point=Oe}function Oo(){ce.point=Lo}function Ro(){xi(ki,Di)}function Lo(e,n){ce.point=xi,Oe(ki=_e=e,Di=ye=n)}function xi(e,n){var t=e-_e,i=n-ye,o=be(t*t+i*i);Rn+=o*(_e+e)/2,Ln+=o*(ye+n)/2,Pe+=o,o=ye*e-_e*n,st+=o*(_e+e),at+=o*(ye+n),Be+=o*3,Oe(_e=e,ye=n)}function Mi(e){this._context=e}Mi.prototype={_radius:4.5,pointRadius:function(e){return this._radius=e,this},polygonStart:function(){this._line=0},polygonEnd:function(){this._line=NaN},lineStart:function(){this._point=0},lineEnd:function(){this._line===0&&this._context.closePath(),this._point=NaN},point:function(e,n){switch(this._point){case 0:{this._context.moveTo(e,n),this._point=1;break}case 1:{this._context.lineTo(e,n);break}default:{this._context.moveTo(e+this._radius,n),this._context.arc(e,n,this._radius,0,ge);break}}},result:ue};var lt=new Ce,Hn,Fi,Ui,We,Ve,Ze={point:ue,lineStart:function(){Ze.point=Po},lineEnd:function(){Hn&&Gi(Fi,Ui),Ze.point=ue},polygonStart:function(){Hn=!0},polygonEnd:function(){Hn=null},result:function(){var e=+lt;return lt=new Ce,e}};function Po(e,n){Ze.point=Gi,Fi=We=e,Ui=Ve=n}function Gi(e,n){We-=e,Ve-=n,lt.add(be(We*We+Ve*Ve)),We=e,Ve=n}let Jt,Pn,Xt,Qt;class Zt{constructor(n){this._append=n==null?Hi:Ao(n),this._radius=4.5,this._=""}pointRadius(n){return this._radius=+n,this}polygonStart(){this._line=0}polygonEnd(){this._line=NaN}lineStart(){this._point=0}lineEnd(){this._line===0&&(this._+="Z"),this._point=NaN}point(n,t){switch(this._point){case 0:{this._append`M${n},${t}`,this._point=1;break}case 1:{this._append`L${n},${t}`;break}default:{if(this._append`M${n},${t}`,this._radius!==Xt||this._append!==Pn){const i=this._radius,o=this._;this._="",this._append`m0,${i}a${i},${i} 0 1,1 0,${-2*i}a${i},${i} 0 1,1 0,${2*i}z`,Xt=i,Pn=this._append,Qt=this._,this._=o}this._+=Qt;break}}}result(){const n=this._;return this._="",n.length?n:null}}function Hi(e){let n=1;this._+=e[0];for(const t=e.length;n<t;++n)this._+=arguments[n]+e[n]}function Ao(e){const n=Math.floor(e);if(!(n>=0))throw new RangeError(`invalid digits: ${e}`);if(n>15)return Hi;if(n!==Jt){const t=10**n;Jt=n,Pn=function(o){let a=1;this._+=o[0];for(const l=o.length;a<l;++a)this._+=Math.round(arguments[a]*t)/t+o[a]}}return Pn}function qo(e,n){let t=3,i=4.5,o,a;function l(s){return s&&(typeof i=="function"&&a.pointRadius(+i.apply(this,arguments)),Le(s,o(a))),a.result()}return l.area=function(s){return Le(s,o(Ee)),Ee.result()},l.measure=function(s){return Le(s,o(Ze)),Ze.result()},l.bounds=function(s){return Le(s,o(On)),On.result()},l.centroid=function(s){return Le(s,o(ce)),ce.result()},l.projection=function(s){return arguments.length?(o=s==null?(e=null,et):(e=s).stream,l):e},l.context=function(s){return arguments.length?(a=s==null?(n=null,new Zt(t)):new Mi(n=s),typeof i!="function"&&a.pointRadius(i),l):n},l.pointRadius=function(s){return arguments.length?(i=typeof s=="function"?s:(a.pointRadius(+s),+s),l):i},l.digits=function(s){if(!arguments.length)return t;if(s==null)t=null;else{const u=Math.floor(s);if(!(u>=0))throw new RangeError(`invalid digits: ${s}`);t=u}return n===null&&(a=new Zt(t)),l},l.projection(e).digits(t).context(n)}function vt(e){return function(n){var t=new ct;for(var i in e)t[i]=e[i];return t.stream=n,t}}function ct(){}ct.prototype={constructor:ct,point:function(e,n){this.stream.point(e,n)},sphere:function(){this.stream.sphere()},lineStart:function(){this.stream.lineStart()},lineEnd:function(){this.stream.lineEnd()},polygonStart:function(){this.stream.polygonStart()},polygonEnd:function(){this.stream.polygonEnd()}};function Et(e,n,t){var i=e.clipExtent&&e.clipExtent();return e.scale(150).translate([0,0]),i!=null&&e.clipExtent(null),Le(t,e.stream(On)),n(On.result()),i!=null&&e.clipExtent(i),e}function Bi(e,n,t){return Et(e,function(i){var o=n[1][0]-n[0][0],a=n[1][1]-n[0][1],l=Math.min(o/(i[1][0]-i[0][0]),a/(i[1][1]-i[0][1])),s=+n[0][0]+(o-l*(i[1][0]+i[0][0]))/2,u=+n[0][1]+(a-l*(i[1][1]+i[0][1]))/2;e.scale(150*l).translate([s,u])},t)}function ko(e,n,t){return Bi(e,[[0,0],n],t)}function Do(e,n,t){return Et(e,function(i){var o=+n,a=o/(i[1][0]-i[0][0]),l=(o-a*(i[1][0]+i[0][0]))/2,s=-a*i[0][1];e.scale(150*a).translate([l,s])},t)}function xo(e,n,t){return Et(e,function(i){var o=+n,a=o/(i[1][1]-i[0][1]),l=-a*i[0][0],s=(o-a*(i[1][1]+i[0][1]))/2;e.scale(150*a).translate([l,s])},t)}var ei=16,Mo=H(30*ne);function ni(e,n){return+n?Uo(e,n):Fo(e)}function Fo(e){return vt({point:function(n,t){n=e(n,t),this.stream.point(n[0],n[1])}})}function Uo(e,n){function t(i,o,a,l,s,u,g,d,p,c,f,m,y,v){var h=g-i,E=d-o,S=h*h+E*E;if(S>4*n&&y--){var b=l+c,$=s+f,N=u+m,P=be(b*b+$*$+N*N),R=Xe(N/=P),w=B(B(N)-1)<x||B(a-p)<x?(a+p)/2:ke($,b),L=e(w,R),C=L[0],Q=L[1],U=C-i,T=Q-o,_=E*U-h*T;(_*_/S>n||B((h*U+E*T)/S-.5)>.3||l*c+s*f+u*m<Mo)&&(t(i,o,a,l,s,u,C,Q,w,b/=P,$/=P,N,y,v),v.point(C,Q),t(C,Q,w,b,$,N,g,d,p,c,f,m,y,v))}}return function(i){var o,a,l,s,u,g,d,p,c,f,m,y,v={point:h,lineStart:E,lineEnd:b,polygonStart:function(){i.polygonStart(),v.lineStart=$},polygonEnd:function(){i.polygonEnd(),v.lineStart=E}};function h(R,w){R=e(R,w),i.point(R[0],R[1])}function E(){p=NaN,v.point=S,i.lineStart()}function S(R,w){var L=De([R,w]),C=e(R,w);t(p,c,d,f,m,y,p=C[0],c=C[1],d=R,f=L[0],m=L[1],y=L[2],ei,i),i.point(p,c)}function b(){v.point=h,i.lineEnd()}function $(){E(),v.point=N,v.lineEnd=P}function N(R,w){S(o=R,w),a=p,l=c,s=f,u=m,g=y,v.point=S}function P(){t(p,c,d,f,m,y,a,l,o,s,u,g,ei,i),v.lineEnd=b,b()}return v}}var Go=vt({point:function(e,n){this.stream.point(e*ne,n*ne)}});function Ho(e){return vt({point:function(n,t){var i=e(n,t);return this.stream.point(i[0],i[1])}})}function Bo(e,n,t,i,o){function a(l,s){return l*=i,s*=o,[n+e*l,t-e*s]}return a.invert=function(l,s){return[(l-n)/e*i,(t-s)/e*o]},a}function ti(e,n,t,i,o,a){if(!a)return Bo(e,n,t,i,o);var l=H(a),s=Y(a),u=l*e,g=s*e,d=l/e,p=s/e,c=(s*t-l*n)/e,f=(s*n+l*t)/e;function m(y,v){return y*=i,v*=o,[u*y-g*v+n,t-g*y-u*v]}return m.invert=function(y,v){return[i*(d*y-p*v+c),o*(f-p*y-d*v)]},m}function Wo(e){var n,t=150,i=480,o=250,a=0,l=0,s=0,u=0,g=0,d,p=0,c=1,f=1,m=null,y=zt,v=null,h,E,S,b=et,$=.5,N,P,R,w,L;function C(_){return R(_[0]*ne,_[1]*ne)}function Q(_){return _=R.invert(_[0],_[1]),_&&[_[0]*he,_[1]*he]}C.stream=function(_){return w&&L===_?w:w=Go(Ho(d)(y(N(b(L=_)))))},C.preclip=function(_){return arguments.length?(y=_,m=void 0,T()):y},C.postclip=function(_){return arguments.length?(b=_,v=h=E=S=null,T()):b},C.clipAngle=function(_){return arguments.length?(y=+_?Eo(m=_*ne):(m=null,zt),T()):m*he},C.clipExtent=function(_){return arguments.length?(b=_==null?(v=h=E=S=null,et):So(v=+_[0][0],h=+_[0][1],E=+_[1][0],S=+_[1][1]),T()):v==null?null:[[v,h],[E,S]]},C.scale=function(_){return arguments.length?(t=+_,U()):t},C.translate=function(_){return arguments.length?(i=+_[0],o=+_[1],U()):[i,o]},C.center=function(_){return arguments.length?(a=_[0]%360*ne,l=_[1]%360*ne,U()):[a*he,l*he]},C.rotate=function(_){return arguments.length?(s=_[0]%360*ne,u=_[1]%360*ne,g=_.length>2?_[2]%360*ne:0,U()):[s*he,u*he,g*he]},C.angle=function(_){return arguments.length?(p=_%360*ne,U()):p*he},C.reflectX=function(_){return arguments.length?(c=_?-1:1,U()):c<0},C.reflectY=function(_){return arguments.length?(f=_?-1:1,U()):f<0},C.precision=function(_){return arguments.length?(N=ni(P,$=_*_),T()):be($)},C.fitExtent=function(_,I){return Bi(C,_,I)},C.fitSize=function(_,I){return ko(C,_,I)},C.fitWidth=function(_,I){return Do(C,_,I)},C.fitHeight=function(_,I){return xo(C,_,I)};function U(){var _=ti(t,0,0,c,f,p).apply(null,n(a,l)),I=ti(t,i-_[0],o-_[1],c,f,p);return d=go(s,u,g),P=Qn(n,I),R=Qn(d,P),N=ni(P,$),T()}function T(){return w=L=null,C}return function(){return n=e.apply(this,arguments),C.invert=n.invert&&Q,U()}}function Vo(e){var n=0,t=k/3,i=Wo(e),o=i(n,t);return o.parallels=function(a){return arguments.length?i(n=a[0]*ne,t=a[1]*ne):[n*he,t*he]},o}function Wi(e,n){return[e,jn(Ci((J+n)/2))]}Wi.invert=function(e,n){return[e,2*yt(co(n))-J]};function pn(e){return Ci((J+e)/2)}function Yo(e,n){var t=H(e),i=e===n?Y(e):jn(t/H(n))/jn(pn(n)/pn(e)),o=t*Mn(pn(e),i)/i;if(!i)return Wi;function a(l,s){o>0?s<-J+x&&(s=-J+x):s>J-x&&(s=J-x);var u=o/Mn(pn(s),i);return[u*Y(i*l),o-u*H(i*l)]}return a.invert=function(l,s){var u=o-s,g=Ue(i)*be(l*l+u*u),d=ke(l,B(u))*Ue(u);return u*i<0&&(d-=k*Ue(l)*Ue(u)),[d/i,2*yt(Mn(o/g,1/i))-J]},a}function zo(){return Vo(Yo).scale(109.5).parallels([30,30])}function ii(e,n){return[e,n]}ii.invert=ii;const jo=j(`
  query MapPage($filter: IncidentFilterInput, $lang: Language) {
    incidentsGeojson(filter: $filter, lang: $lang)
    provisions(first: 100) { nodes { slug heading(lang: $lang) } }
  }
`),Ko=["ARSON","GUNFIRE","VANDALISM","INTIMIDATION","GRAFFITI","RIOT","ASSAULT","SMUGGLING","ESCAPE_ATTEMPT","OTHER"],ri=600,oi=600;function Jo(){const{t:e,label:n,href:t,apiLang:i}=W(),{query:o,path:a,route:l}=$e(),s={from:o.from||void 0,to:o.to||void 0,kind:o.kind||void 0,provision:o.provision||void 0},u=ee(jo,{filter:s,lang:i}),[g,d]=se();qe(()=>{fetch("/app/basemap.json").then(y=>y.json()).then(d,()=>{})},[]);const p=g?.features.filter(y=>y.properties.france),c=zo().parallels([44,49]).rotate([-3,0]);p&&c.fitExtent([[10,10],[ri-10,oi-10]],{type:"FeatureCollection",features:p});const f=qo(c),m=y=>{y.preventDefault();const v=new FormData(y.currentTarget),h=new URLSearchParams(o);for(const E of["from","to","kind","provision"]){const S=String(v.get(E)??"");S?h.set(E,S):h.delete(E)}l(`${a}?${h}`)};return r(M,{children:[r("h1",{children:e.map}),r(pe,{query:u,children:y=>{const v=y.incidentsGeojson;return r(M,{children:[r("form",{class:"filters",onSubmit:m,"aria-label":e.filters,children:[r("label",{children:[e.from," ",r("input",{type:"date",name:"from",defaultValue:s.from})]}),r("label",{children:[e.to," ",r("input",{type:"date",name:"to",defaultValue:s.to})]}),r("label",{children:[e.kind," ",r("select",{name:"kind",defaultValue:s.kind??"",children:[r("option",{value:"",children:e.any}),Ko.map(h=>r("option",{value:h,children:n(h)}))]})]}),r("label",{children:[e.provision," ",r("select",{name:"provision",defaultValue:s.provision??"",children:[r("option",{value:"",children:e.any}),y.provisions.nodes.map(h=>r("option",{value:h.slug,children:h.heading}))]})]}),r("button",{type:"submit",children:e.filters})]},JSON.stringify(s)),r("p",{class:"map-count","aria-live":"polite",children:e.markers(v.features.length,v.withoutCoordinates)}),r("svg",{class:"map",viewBox:`0 0 ${ri} ${oi}`,role:"group","aria-label":e.map,children:[g?.features.map(h=>r("path",{d:f(h)??"",class:h.properties.france?"land-fr":"land","aria-hidden":"true"})),v.features.map(h=>{const[E,S]=c(h.geometry.coordinates)??[0,0];return r("a",{href:t(`/incidents/${h.properties.slug}`),class:"marker","aria-label":`${h.properties.occurredOn} ${h.properties.title}`,children:r("circle",{cx:E,cy:S,r:"6","data-slug":h.properties.slug,children:r("title",{children:`${h.properties.occurredOn} — ${h.properties.title}${h.properties.facilityName?` (${h.properties.facilityName})`:""}`})})})})]}),r("p",{class:"note",children:e.basemapCredit}),r("ol",{class:"map-list",children:v.features.map(h=>r("li",{children:[r("time",{children:h.properties.occurredOn})," ",r("a",{href:t(`/incidents/${h.properties.slug}`),children:h.properties.title}),h.properties.facilityName?` — ${h.properties.facilityName}`:""]}))})]})}})]})}j(`
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
`);const Xo={Provision:"/provisions/",Incident:"/incidents/",Criticism:"/criticisms/",Facility:"/facilities/",Actor:"/actors/",Source:"/sources/"};function Vi(e){if(!e?.__typename)return;if(e.__typename==="Law")return"/";const n=Xo[e.__typename];return n&&e.slug?`${n}${e.slug}`:void 0}const Qo=j(`
  query TimelinePage($from: Date, $to: Date, $lang: Language) {
    timeline(from: $from, to: $to, first: 100) {
      type date datePrecision title(lang: $lang) slug
      node { id ...NodeLink }
    }
  }
`);function Zo(){const{t:e,label:n,href:t,apiLang:i}=W(),{query:o,path:a,route:l}=$e(),s=o.from||void 0,u=o.to||void 0,g=ee(Qo,{from:s,to:u,lang:i}),d=p=>{p.preventDefault();const c=new FormData(p.currentTarget),f=new URLSearchParams(o);for(const m of["from","to"]){const y=String(c.get(m)??"");y?f.set(m,y):f.delete(m)}l(`${a}?${f}`)};return r(M,{children:[r("h1",{children:e.timeline}),r("form",{class:"filters",onSubmit:d,"aria-label":e.filters,children:[r("label",{children:[e.from," ",r("input",{type:"date",name:"from",defaultValue:s})]}),r("label",{children:[e.to," ",r("input",{type:"date",name:"to",defaultValue:u})]}),r("button",{type:"submit",children:e.filters})]},`${s}|${u}`),r(pe,{query:g,children:p=>r("ol",{class:"chrono timeline",children:p.timeline.map(c=>{const f=Vi(c.node);return r("li",{class:`chrono-${c.type}`,children:[r("time",{children:c.date})," ",r("span",{class:"tag",children:n(c.type)})," ",f?r("a",{href:t(f),children:c.title}):c.title]})})})})]})}const es=j(`
  query SearchPage($q: String!) {
    search(query: $q, first: 30) {
      totalCount
      nodes { type slug title snippet node { id ...NodeLink } }
    }
  }
`);function ns({q:e}){const{t:n,label:t,href:i}=W(),o=ee(es,{q:e},!1);return r(pe,{query:o,children:a=>r(M,{children:[r("p",{"aria-live":"polite",children:n.results(a.search.totalCount)}),r("ol",{class:"hits",children:a.search.nodes.map(l=>{const s=Vi(l.node);return r("li",{"data-type":l.type,children:[r("span",{class:"tag",children:t(l.type)})," ",s?r("a",{href:i(s),children:l.title}):l.title,r("br",{}),r(Tr,{text:l.snippet})]})})})]})})}function ts(){const{t:e}=W(),{query:n,path:t,route:i}=$e(),[o,a]=se(n.q??"");return qe(()=>{const l=setTimeout(()=>{if((n.q??"")===o.trim())return;const s=new URLSearchParams(n);o.trim()?s.set("q",o.trim()):s.delete("q"),i(`${t}${s.toString()?`?${s}`:""}`,!0)},200);return()=>clearTimeout(l)},[o]),r(M,{children:[r("h1",{children:e.search}),r("form",{role:"search",onSubmit:l=>l.preventDefault(),children:[r("label",{for:"q",children:e.searchLabel})," ",r("input",{id:"q",type:"search",value:o,onInput:l=>a(l.currentTarget.value),autoComplete:"off"})]}),n.q&&r(ns,{q:n.q})]})}const is=j(`
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
`);function rs({slug:e}){const{t:n,label:t,href:i,apiLang:o}=W(),a=ee(is,{slug:e,lang:o});return r(pe,{query:a,children:l=>{const s=l.actor;if(!s)return r("h1",{children:n.notFound});const u=new Map;for(const g of s.criticisms.nodes)for(const d of g.rights.length?g.rights:["—"])u.set(d,[...u.get(d)??[],g]);return r(M,{children:[r("h1",{children:s.name}),r("p",{children:s.description}),r(de,{citations:s.citations}),r("h2",{children:n.byRight}),[...u.entries()].map(([g,d])=>r("section",{class:"right",children:[r("h3",{children:g.replace(/_/g," ")}),r("ul",{children:d.map(p=>r("li",{children:[r("span",{class:"tag",children:t(p.stance)})," ",r("a",{href:i(`/criticisms/${p.slug}`),children:p.summary}),p.statedOn?` (${p.statedOn})`:"",p.provisions.length>0&&r(M,{children:[" → ",p.provisions.map(c=>r("a",{href:i(`/provisions/${c.provision.slug}`),children:[c.provision.heading," "]}))]}),r(de,{citations:p.citations})]}))})]}))]})}})}const os=j(`
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
`),ss=j(`
  query ProvisionCitations($lang: Language) {
    provisions(first: 100) {
      nodes {
        slug heading(lang: $lang) citations { quote source { slug } }
        parameters { label citations { quote source { slug } } }
        texts { text source { slug } }
      }
    }
  }
`),as=j(`
  query IncidentCitations($lang: Language) {
    incidents(first: 100) {
      nodes {
        slug title(lang: $lang) citations { quote source { slug } }
        outcomes { name citations { quote source { slug } } }
        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }
      }
    }
  }
`),ls=j(`
  query CriticismCitations($lang: Language) {
    criticisms(first: 100) {
      nodes {
        slug summary(lang: $lang) citations { quote source { slug } }
        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }
      }
    }
  }
`);function cs(e){const{apiLang:n}=W(),t=ee(os,{lang:n}),i=ee(ss,{lang:n}),o=ee(as,{lang:n}),a=ee(ls,{lang:n});if(!t.data||!i.data||!o.data||!a.data)return{};const l=[],s=(u,g,d)=>{for(const p of u)p.source.slug===e&&l.push({quote:p.quote,label:g,path:d})};for(const u of t.data.laws.nodes){s(u.citations,u.titleFr,"/");for(const g of u.stages)s(g.citations,g.description,"/");for(const g of u.events)s(g.citations,g.title,g.provision?`/provisions/${g.provision.slug}`:"/");for(const g of u.claims)for(const d of g.claims)s(d.citations,`${g.question} — ${d.value}`,"/")}for(const u of t.data.facilities.nodes)s(u.citations,u.name,`/facilities/${u.slug}`);for(const u of t.data.actors.nodes)s(u.citations,u.name,`/actors/${u.slug}`);for(const u of i.data.provisions.nodes){s(u.citations,u.heading,`/provisions/${u.slug}`);for(const g of u.parameters)s(g.citations,`${u.heading} — ${g.label}`,`/provisions/${u.slug}`);for(const g of u.texts)s([{quote:g.text,source:g.source}],`${u.heading}`,`/provisions/${u.slug}`)}for(const u of o.data.incidents.nodes){s(u.citations,u.title,`/incidents/${u.slug}`);for(const g of u.outcomes)s(g.citations,`${u.title} — ${g.name}`,`/incidents/${u.slug}`);for(const g of u.provisions)s(g.citations,`${u.title} → ${g.provision.heading}`,`/provisions/${g.provision.slug}`)}for(const u of a.data.criticisms.nodes){s(u.citations,u.summary,`/criticisms/${u.slug}`);for(const g of u.provisions)s(g.citations,`${u.summary} → ${g.provision.heading}`,`/provisions/${g.provision.slug}`)}return{data:l}}const vn="lawtracker-token";function Yi(e,n){const t=window.getSelection();if(!e||!t||t.rangeCount===0||t.isCollapsed)return;const i=t.getRangeAt(0);if(!e.contains(i.startContainer)||!e.contains(i.endContainer))return;const o=document.createRange();o.setStart(e,0),o.setEnd(i.startContainer,i.startOffset);const a=o.toString().length;return n.slice(a,a+i.toString().length)}const us=j(`
  query SourcePage($slug: ID!) {
    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }
  }
`);function zi(e,n){const t=[];for(const a of n){if(!a.quote)continue;let l=e.indexOf(a.quote);for(;l>=0;)t.push({start:l,end:l+a.quote.length,passage:a}),l=e.indexOf(a.quote,l+1)}const i=[...new Set([0,e.length,...t.flatMap(a=>[a.start,a.end])])].sort((a,l)=>a-l),o=[];for(let a=0;a+1<i.length;a++){const[l,s]=[i[a],i[a+1]];o.push({start:l,end:s,passages:t.filter(u=>u.start<=l&&u.end>=s).map(u=>u.passage)})}return{pieces:o,found:[...new Set(t.map(a=>a.passage))]}}function ji({text:e,passages:n,focus:t,containerRef:i,label:o}){const{href:a}=W(),{pieces:l}=zi(e,n);let s=!1;return r("div",{class:"source-text",ref:i,tabIndex:0,role:"region","aria-label":o,children:l.map(u=>{const g=e.slice(u.start,u.end);if(u.passages.length===0)return g;const d=!!t&&u.passages.some(f=>f.quote===t),p=d&&!s?"focus":void 0;p&&(s=!0);const c=u.passages[0];return r("mark",{id:p,class:d?"cited focus":"cited",title:u.passages.map(f=>f.label).join(" · "),children:g.trim()?r("a",{href:a(c.path),children:g}):g})})})}function ds({slug:e}){const{t:n,label:t,href:i}=W(),{query:o,route:a}=$e(),l=ee(us,{slug:e}),s=cs(e),u=me(null),g=!!l.data&&!!s.data;return qe(()=>{g&&document.getElementById("focus")?.scrollIntoView({block:"center"})},[g,o.quote]),r(pe,{query:l,children:d=>{const p=d.source;if(!p)return r("h1",{children:n.notFound});const c=s.data??[],{found:f}=zi(p.text,c);return r(M,{children:[r("h1",{children:p.title}),r("p",{children:[p.publisher??""," ",p.publishedOn??""," · ",n.reliability,n.colon,r("span",{class:`rel rel-${p.reliability}`,children:t(p.reliability)}),p.url&&r(M,{children:[" · ",r("span",{class:"url",children:p.url})]})]}),r("p",{class:"note",children:p.reliabilityNote}),r("p",{"aria-live":"polite",class:"passage-count","aria-busy":!s.data,children:s.data?n.citedPassages(f.length):n.loading}),sessionStorage.getItem(vn)&&r("p",{children:[n.selectPassage," ",r("button",{type:"button",id:"link-selection",onClick:()=>{const m=Yi(u.current,p.text);m&&a(i("/curation",{source:p.slug,quote:m}))},children:n.linkSelection})]}),r(ji,{text:p.text,passages:c,focus:o.quote,containerRef:u,label:p.title}),r("h2",{children:n.evidence}),r("ul",{class:"passages",children:f.map(m=>r("li",{children:[n.open,m.quote,n.close," — ",n.supports," ",r("a",{href:i(m.path),children:m.label})]}))})]})}})}const gs=j(`
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
`);function ps({slug:e}){const{t:n,label:t,href:i,apiLang:o}=W(),a=ee(gs,{slug:e,lang:o});return r(pe,{query:a,children:l=>{const s=l.incident;return s?r(M,{children:[r("h1",{children:s.title}),r("p",{children:[r("time",{children:s.occurredOn}),s.timeOfDay?` ${s.timeOfDay}`:""," · ",s.kinds.map(t).join(", "),s.facility&&r(M,{children:[" · ",r("a",{href:i(`/facilities/${s.facility.slug}`),children:s.facility.name})]}),s.investigatingBody&&r(M,{children:[" · ",r("a",{href:i(`/actors/${s.investigatingBody.slug}`),children:s.investigatingBody.name})]})]}),r("p",{children:r(Ae,{value:s.corroboration})}),r("p",{children:s.summary}),r("h2",{children:n.evidence}),r(de,{citations:s.citations}),s.outcomes.length>0&&r(M,{children:[r("h2",{children:n.outcomes}),r("ul",{children:s.outcomes.map(u=>r("li",{children:[u.name,n.colon,u.display,r(de,{citations:u.citations})]}))})]}),r("h2",{children:n.provision}),s.provisions.length===0?r("p",{children:n.none}):r("ul",{children:s.provisions.map(u=>r("li",{children:[r("a",{href:i(`/provisions/${u.provision.slug}`),children:u.provision.heading})," · ",t(u.relation),r(de,{citations:u.citations})]}))}),r(_t,{claims:s.claims})]}):r("h1",{children:n.notFound})}})}const fs=j(`
  query FacilityPage($slug: ID!, $lang: Language) {
    facility(id: $slug) {
      slug name kind city aliases latitude longitude coordinatesNote
      citations { quote note source { slug title reliability } }
      incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn kinds } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);function hs({slug:e}){const{t:n,label:t,href:i,apiLang:o}=W(),a=ee(fs,{slug:e,lang:o});return r(pe,{query:a,children:l=>{const s=l.facility;return s?r(M,{children:[r("h1",{children:s.name}),r("p",{children:[s.city??"",s.aliases.length>0&&r(M,{children:[" · ",n.aliases,n.colon,s.aliases.join(", ")]})]}),s.coordinatesNote&&r("p",{class:"note",children:[s.latitude,", ",s.longitude," — ",s.coordinatesNote]}),r(de,{citations:s.citations}),r("h2",{children:n.incidents}),r("ul",{class:"incidents",children:s.incidents.nodes.map(u=>r("li",{children:[r("time",{children:u.occurredOn})," ",r("a",{href:i(`/incidents/${u.slug}`),children:u.title})," (",u.kinds.map(t).join(", "),")"]}))}),r(_t,{claims:s.claims})]}):r("h1",{children:n.notFound})}})}const ms=j(`
  query CriticismPage($slug: ID!, $lang: Language) {
    criticism(id: $slug) {
      slug stance rights summary(lang: $lang) quote statedOn version
      author { slug name }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }
    }
  }
`);function _s({slug:e}){const{t:n,label:t,href:i,apiLang:o}=W(),a=ee(ms,{slug:e,lang:o});return r(pe,{query:a,children:l=>{const s=l.criticism;return s?r(M,{children:[r("h1",{children:[r("a",{href:i(`/actors/${s.author.slug}`),children:s.author.name})," · ",t(s.stance)]}),r("p",{class:"summary",children:s.summary}),s.quote&&r("blockquote",{children:[n.open,s.quote,n.close]}),r("p",{children:[s.rights.join(", ")," ",s.statedOn?`· ${s.statedOn}`:""," · ",r(Ae,{value:s.corroboration})]}),r(de,{citations:s.citations}),r("h2",{children:n.provision}),r("ul",{children:s.provisions.map(u=>r("li",{children:[r("a",{href:i(`/provisions/${u.provision.slug}`),children:u.provision.heading}),r(de,{citations:u.citations})]}))})]}):r("h1",{children:n.notFound})}})}const ys=j(`
  query EditCriticism($slug: ID!) {
    criticism(id: $slug) {
      slug version stance rights quote statedOn
      summary(lang: EN)
      french: localizedSummary(lang: FR) { text language }
      author { slug }
      citations { quote note source { slug } }
    }
  }
`),vs=j(`
  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } }
  }
`);async function Bn(e){return(await Ke(ys,{slug:e})).criticism}function Es({token:e,criticisms:n}){const{t}=W(),[i,o]=se(),[a,l]=se(""),[s,u]=se(""),[g,d]=se(),[p,c]=se(),f=async y=>{const v=await Bn(y);o(v??void 0),l(v?.summary??""),u(v?.french.language==="FR"?v.french.text:""),d(void 0),c(void 0)},m=async y=>{const v={slug:y.slug,actor:y.author.slug,stance:y.stance,rights:y.rights,summary:a,summaryFr:s.trim()?s:null,quote:y.quote,statedOn:y.statedOn,citations:y.citations.map(h=>({source:h.source.slug,quote:h.quote,note:h.note}))};try{await Ke(vs,{id:y.slug,expectedVersion:y.version,input:v},e);const h=await Bn(y.slug);o(h??void 0),d(void 0),c({ok:!0,text:t.saved})}catch(h){h instanceof je&&h.code==="CONFLICT"?(d(await Bn(y.slug)??void 0),c({ok:!1,text:t.conflict})):c({ok:!1,text:h instanceof Error?h.message:String(h)})}};return r("section",{"aria-labelledby":"edit-title",children:[r("h2",{id:"edit-title",children:t.editTitle}),r("label",{children:[t.criticism," ",r("select",{id:"edit-criticism",value:i?.slug??"",onChange:y=>f(y.currentTarget.value),children:[r("option",{value:"",children:"—"}),n.map(y=>r("option",{value:y.slug,children:y.summary.slice(0,80)}))]})]}),i&&r("form",{onSubmit:y=>{y.preventDefault(),m(i)},children:[r("p",{children:[t.version," ",r("span",{id:"seen-version",children:i.version})]}),r("label",{children:[t.summaryEn," ",r("textarea",{id:"edit-summary",lang:"en",rows:4,value:a,onInput:y=>l(y.currentTarget.value)})]}),r("label",{children:[t.summaryFr," ",r("textarea",{id:"edit-summary-fr",lang:"fr",rows:4,value:s,onInput:y=>u(y.currentTarget.value)})]}),r("button",{type:"submit",id:"save",children:t.save})]}),p&&r("p",{role:"status",id:"edit-status",class:p.ok?"ok":"error",children:p.text}),g&&r("div",{class:"conflict",id:"conflict",children:[r("h3",{children:[t.currentRecord," (",t.version," ",g.version,")"]}),r("p",{class:"current-summary",children:g.summary}),r("button",{type:"button",id:"reapply",onClick:()=>m(g),children:t.reapply})]})]})}const $s=j(`
  query CurationChoices($lang: Language) {
    provisions(first: 100) { nodes { slug heading(lang: $lang) } }
    criticisms(first: 100) { nodes { slug summary(lang: $lang) author { name } } }
    incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn } }
    sources(first: 100) { nodes { slug title } }
  }
`),Ss=j(`
  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }
`),bs=j(`
  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } }
  }
`),Is=j(`
  mutation LinkIncident($input: IncidentLinkInput!) {
    linkIncident(input: $input) { revision { id operation } }
  }
`),Ts=["REACTION_TO_PROVISION","CITED_AS_JUSTIFICATION","COINCIDED_WITH_DEBATE"];function Ns(){const{t:e,label:n,apiLang:t}=W(),{query:i,path:o,route:a}=$e(),[l,s]=se(()=>sessionStorage.getItem(vn)??""),u=ee($s,{lang:t}),g=i.source??"",d=ee(Ss,{slug:g||"-"}),p=me(null),[c,f]=se("criticism"),[m,y]=se(i.quote??""),[v,h]=se(),E=(b,$)=>{const N=new URLSearchParams(i);$?N.set(b,$):N.delete(b),a(`${o}?${N}`,!0)};if(!l)return r(M,{children:[r("h1",{children:e.curation}),r("form",{onSubmit:b=>{b.preventDefault();const $=String(new FormData(b.currentTarget).get("token")??"").trim();$&&(sessionStorage.setItem(vn,$),s($))},children:[r("label",{for:"token",children:e.token})," ",r("input",{id:"token",name:"token",type:"password",autoComplete:"off",required:!0})," ",r("button",{type:"submit",children:e.signIn})]})]});const S=async b=>{b.preventDefault();const $=new FormData(b.currentTarget),N={source:g,quote:m,note:String($.get("note")??"")||null};try{c==="criticism"?await Ke(bs,{criticism:String($.get("target")),input:{provision:String($.get("provision")),citations:[N]}},l):await Ke(Is,{input:{incident:String($.get("target")),provision:String($.get("provision")),relation:String($.get("relation")),citations:[N]}},l),h({ok:!0,text:e.linked})}catch(P){const R=P instanceof je?`${P.code??""}: ${P.message}`:String(P);h({ok:!1,text:R})}};return r(M,{children:[r("h1",{children:e.curation}),r("p",{children:[e.signedIn," ·"," ",r("button",{type:"button",onClick:()=>{sessionStorage.removeItem(vn),s("")},children:e.signOut})]}),r(pe,{query:u,children:b=>r(M,{children:[r("section",{"aria-labelledby":"link-title",children:[r("h2",{id:"link-title",children:e.linkTitle}),r("form",{class:"curation",onSubmit:S,children:[r("label",{children:[e.linkWhat," ",r("select",{name:"what",value:c,onChange:$=>f($.currentTarget.value),children:[r("option",{value:"criticism",children:e.criticism}),r("option",{value:"incident",children:e.incident})]})]}),r("label",{children:[c==="criticism"?e.criticism:e.incident," ",r("select",{name:"target",id:"target",children:c==="criticism"?b.criticisms.nodes.map($=>r("option",{value:$.slug,children:[$.author.name," — ",$.summary.slice(0,80)]})):b.incidents.nodes.map($=>r("option",{value:$.slug,children:[$.occurredOn," — ",$.title]}))})]}),c==="incident"&&r("label",{children:[e.relation," ",r("select",{name:"relation",children:Ts.map($=>r("option",{value:$,children:n($)}))})]}),r("label",{children:[e.provision," ",r("select",{name:"provision",id:"provision",children:b.provisions.nodes.map($=>r("option",{value:$.slug,children:$.heading}))})]}),r("label",{children:[e.source," ",r("select",{name:"source",id:"source",value:g,onChange:$=>E("source",$.currentTarget.value),children:[r("option",{value:"",children:"—"}),b.sources.nodes.map($=>r("option",{value:$.slug,children:$.title}))]})]}),r("p",{children:[e.selectPassage," ",r("button",{type:"button",id:"use-selection",onClick:()=>y(Yi(p.current,d.data?.source?.text??"")??""),children:e.useSelection})]}),r("label",{children:[e.quote," ",r("textarea",{name:"quote",id:"quote",readOnly:!0,value:m,rows:3})]}),r("label",{children:[e.note," ",r("input",{name:"note"})]}),r("button",{type:"submit",id:"link",disabled:!m||!g,children:e.link}),v&&r("p",{role:"status",class:v.ok?"ok":"error",children:v.text})]}),d.data?.source&&r(ji,{text:d.data.source.text,passages:[],containerRef:p,label:d.data.source.title})]}),r(Es,{token:l,criticisms:b.criticisms.nodes})]})})]})}function ws(){const{t:e,lang:n,href:t}=W(),{path:i,query:o}=$e(),a=n==="fr"?"en":"fr",l=new URLSearchParams(o);a==="en"?l.set("lang","en"):l.delete("lang");const s=`${i}${l.toString()?`?${l}`:""}`;return qe(()=>{document.documentElement.lang=n},[n]),r("header",{children:[r("a",{class:"skip",href:"#main",children:e.skip}),r("nav",{"aria-label":e.nav,children:[r("a",{class:"brand",href:t("/"),children:"lawtracker"}),r("a",{href:t("/"),children:e.law}),r("a",{href:t("/map"),children:e.map}),r("a",{href:t("/timeline"),children:e.timeline}),r("a",{href:t("/search"),children:e.search}),r("a",{href:t("/curation"),children:e.curation}),r("a",{class:"lang",href:s,hrefLang:a,lang:a,"aria-label":`${e.language}: ${a==="en"?"English":"Français"}`,children:a==="en"?"English":"Français"})]})]})}function Cs(){return r(rn,{scope:"/app",children:[r(ws,{}),r("main",{id:"main",tabIndex:-1,children:r(Ii,{children:[r(oe,{path:"/app",component:xt}),r(oe,{path:"/app/",component:xt}),r(oe,{path:"/app/provisions/:slug",component:ro}),r(oe,{path:"/app/map",component:Jo}),r(oe,{path:"/app/timeline",component:Zo}),r(oe,{path:"/app/search",component:ts}),r(oe,{path:"/app/actors/:slug",component:rs}),r(oe,{path:"/app/sources/:slug",component:ds}),r(oe,{path:"/app/incidents/:slug",component:ps}),r(oe,{path:"/app/facilities/:slug",component:hs}),r(oe,{path:"/app/criticisms/:slug",component:_s}),r(oe,{path:"/app/curation",component:Ns}),r(oe,{default:!0,component:wr})]})})]})}tr(r(Cs,{}),document.getElementById("app"));
